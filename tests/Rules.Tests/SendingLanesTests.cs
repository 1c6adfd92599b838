using PlanetTechCare.Webhooks.Services;

namespace PlanetTechCare.Rules.Tests;

public sealed class SendingLanesTests
{
    private static readonly Guid Slow = Guid.NewGuid();
    private static readonly Guid Fast = Guid.NewGuid();

    [Fact]
    public void A_full_lane_is_left_out_of_the_next_claim_while_the_others_keep_their_room()
    {
        var lanes = new SendingLanes(total: 10, laneSize: 2);
        var rooms = lanes.Rooms();
        lanes.Take([Claimed(Slow), Claimed(Slow), Claimed(Fast)], requested: 10, rooms);

        var next = lanes.Rooms();

        Assert.Equal([Slow], next.Full);
        Assert.Equal([Fast], next.Partial);
        Assert.Equal([1], next.PartialRooms);
        Assert.Equal(7, lanes.Room);
    }

    [Fact]
    public void Only_a_send_ending_in_a_lane_the_last_claim_filled_calls_for_another_claim()
    {
        var lanes = new SendingLanes(total: 10, laneSize: 2);
        lanes.Take([Claimed(Slow), Claimed(Slow), Claimed(Fast)], requested: 10, lanes.Rooms());

        Assert.False(lanes.Finish(Fast), "the claim took all that was due for the fast lane");
        Assert.True(lanes.Finish(Slow), "the slow lane was full: more of its deliveries may be waiting");
    }

    [Fact]
    public void A_claim_that_takes_all_the_room_left_makes_any_ending_send_call_for_another()
    {
        var lanes = new SendingLanes(total: 2, laneSize: 2);
        lanes.Take([Claimed(Slow), Claimed(Fast)], requested: 2, lanes.Rooms());

        Assert.Equal(0, lanes.Room);
        Assert.True(lanes.Finish(Fast));
    }

    [Fact]
    public void A_place_cannot_be_reserved_in_a_full_lane_and_its_next_ending_send_calls_for_a_claim()
    {
        var lanes = new SendingLanes(total: 10, laneSize: 2);

        Assert.True(lanes.TryReserve(Slow));
        Assert.True(lanes.TryReserve(Slow));
        Assert.False(lanes.TryReserve(Slow));
        Assert.True(lanes.TryReserve(Fast));
        Assert.False(lanes.Finish(Fast), "nothing of the fast lane was left waiting");
        Assert.True(lanes.Finish(Slow), "a delivery of the slow lane was recorded without a place: it waits for a claim");
        Assert.Equal(9, lanes.Room);
    }

    private static ClaimedDelivery Claimed(Guid subscriptionId) =>
        new(Guid.NewGuid(), subscriptionId, Guid.NewGuid(), "{}", new Uri("https://receiver.example/hooks"), "whsec_", DateTimeOffset.UtcNow);
}
