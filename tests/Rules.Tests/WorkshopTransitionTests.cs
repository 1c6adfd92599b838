using PlanetTechCare.ServiceDefaults.Domain;
using PlanetTechCare.Workshops.Domain;

namespace PlanetTechCare.Rules.Tests;

public sealed class WorkshopTransitionTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 11, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_draft_is_scheduled_once_held_once_and_given_its_replay_each_step_raising_the_version()
    {
        var workshop = Draft();
        var created = workshop.Version;

        Assert.True(workshop.Schedule());
        Assert.False(workshop.Schedule());
        Assert.True(workshop.RecordHeld(31, Start.AddHours(2)));
        Assert.False(workshop.RecordHeld(32, Start.AddHours(3)));
        Assert.True(workshop.AttachReplay("https://replays.example.org/1", ["fr"]));
        Assert.False(workshop.AttachReplay("https://replays.example.org/1", ["fr"]));

        Assert.Equal(WorkshopStatus.Held, workshop.Status);
        Assert.Equal(32, workshop.AttendedCount);
        Assert.Equal(Start.AddHours(2), workshop.HeldAt);
        Assert.Equal(created + 3, workshop.Version);
    }

    [Fact]
    public void A_cancelled_workshop_cannot_be_scheduled_and_a_held_one_cannot_be_cancelled()
    {
        var cancelled = Draft();
        Assert.True(cancelled.Cancel("Speaker unavailable."));
        Assert.False(cancelled.Cancel("Again."));
        Assert.Equal("A cancelled workshop cannot be scheduled.", Assert.Throws<InvalidTransitionException>(() => cancelled.Schedule()).Message);
        Assert.Equal("Speaker unavailable.", cancelled.CancellationReason);

        var held = Draft();
        held.Schedule();
        held.RecordHeld(10, Start);
        Assert.Equal("A held workshop cannot be cancelled.", Assert.Throws<InvalidTransitionException>(() => held.Cancel(null)).Message);
        Assert.Equal(WorkshopStatus.Held, held.Status);
    }

    [Fact]
    public void Attendance_and_replays_wait_for_the_workshop_to_take_place()
    {
        var draft = Draft();

        Assert.Throws<InvalidTransitionException>(() => draft.RecordHeld(5, Start));
        Assert.Throws<InvalidTransitionException>(() => draft.AttachReplay("https://replays.example.org/1", ["fr"]));
        draft.Schedule();
        Assert.Throws<InvalidTransitionException>(() => draft.AttachReplay("https://replays.example.org/1", ["fr"]));

        Assert.Null(draft.ReplayUrl);
        Assert.Null(draft.AttendedCount);
        Assert.Equal(WorkshopStatus.Scheduled, draft.Status);
    }

    [Fact]
    public void Seats_go_in_arrival_order_then_to_the_waitlist_and_a_freed_seat_goes_to_the_first_waiting()
    {
        var workshop = Draft(capacity: 2);

        Assert.Equal([true, true, false, false], Enumerable.Range(0, 4).Select(_ => workshop.TryTakeSeat()));
        Assert.Equal((2, 2, 0), (workshop.ConfirmedCount, workshop.WaitlistCount, workshop.FreeSeats));

        workshop.ReleaseSeat();
        Assert.Equal(1, workshop.FreeSeats);
        workshop.SeatFromWaitlist();
        Assert.Equal((2, 1, 0), (workshop.ConfirmedCount, workshop.WaitlistCount, workshop.FreeSeats));
    }

    [Fact]
    public void Registration_is_open_while_scheduled_inside_its_window()
    {
        var workshop = Draft(opensAt: Start.AddDays(-10), closesAt: Start.AddHours(-1));

        Assert.False(workshop.IsOpenForRegistration(Start.AddDays(-5)));
        workshop.Schedule();
        Assert.False(workshop.IsOpenForRegistration(Start.AddDays(-11)));
        Assert.True(workshop.IsOpenForRegistration(Start.AddDays(-5)));
        Assert.False(workshop.IsOpenForRegistration(Start.AddMinutes(-30)));
    }

    private static Workshop Draft(int capacity = 50, DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null) => Workshop.Create(
        Guid.NewGuid(),
        new WorkshopContent("Mesurer l'empreinte", "Measuring the footprint", null, null, "webinar", ["mesure"], [Guid.NewGuid()], [],
            Start, Start.AddHours(1), "https://meet.example.org/1", capacity, opensAt, closesAt),
        Start.AddDays(-30), null);
}
