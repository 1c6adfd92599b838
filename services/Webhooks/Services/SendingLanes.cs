namespace PlanetTechCare.Webhooks.Services;

/// <summary>
/// The deliveries this process is sending, by subscription: at most <paramref name="total"/> in all
/// and <paramref name="laneSize"/> per subscription, so that a slow receiver fills only its own lane
/// and the other subscriptions' deliveries go on beside it. Remembers where the last claim was cut
/// short by a full lane (or by the total), so that only a send ending there wakes the dispatcher to
/// claim again.
/// </summary>
public sealed class SendingLanes(int total, int laneSize)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Lane> _lanes = [];
    private int _sending;
    private bool _totalFilled;

    public int LaneSize => laneSize;

    /// <summary>How many more deliveries may be sent at once.</summary>
    public int Room
    {
        get
        {
            lock (_lock)
            {
                return total - _sending;
            }
        }
    }

    /// <summary>How many deliveries are being sent.</summary>
    public int Sending
    {
        get
        {
            lock (_lock)
            {
                return _sending;
            }
        }
    }

    /// <summary>The room of each lane with deliveries under way, for a claim.</summary>
    public LaneRooms Rooms()
    {
        lock (_lock)
        {
            var full = _lanes.Where(l => l.Value.Sending >= laneSize).Select(l => l.Key).ToArray();
            var partial = _lanes.Where(l => l.Value.Sending < laneSize).ToArray();
            return new LaneRooms(full, [.. partial.Select(l => l.Key)], [.. partial.Select(l => laneSize - l.Value.Sending)]);
        }
    }

    /// <summary>
    /// Puts what a claim of <paramref name="requested"/> deliveries, given <paramref name="rooms"/>,
    /// took into its lanes. A lane that got all its room (or the claim, all it asked) may have more due.
    /// </summary>
    public void Take(IReadOnlyList<ClaimedDelivery> claimed, int requested, LaneRooms rooms)
    {
        var roomOf = rooms.Partial.Zip(rooms.PartialRooms).ToDictionary(l => l.First, l => l.Second);
        lock (_lock)
        {
            foreach (var lane in rooms.Partial.Where(_lanes.ContainsKey))
            {
                _lanes[lane].Filled = false;
            }

            foreach (var (subscriptionId, count) in claimed.CountBy(d => d.SubscriptionId))
            {
                if (!_lanes.TryGetValue(subscriptionId, out var lane))
                {
                    _lanes[subscriptionId] = lane = new Lane();
                }

                lane.Sending += count;
                lane.Filled = count >= roomOf.GetValueOrDefault(subscriptionId, laneSize);
            }

            _sending += claimed.Count;
            _totalFilled = claimed.Count >= requested;
        }
    }

    /// <summary>
    /// Takes a place in the subscription's lane for a delivery about to be recorded and sent at once;
    /// false when the lane (or the whole) is full, and then the send that ends there wakes a claim.
    /// </summary>
    public bool TryReserve(Guid subscriptionId)
    {
        lock (_lock)
        {
            _lanes.TryGetValue(subscriptionId, out var lane);
            if (_sending >= total || lane?.Sending >= laneSize)
            {
                _totalFilled |= _sending >= total;
                if (lane is not null)
                {
                    lane.Filled = true;
                }

                return false;
            }

            if (lane is null)
            {
                _lanes[subscriptionId] = lane = new Lane();
            }

            lane.Sending++;
            _sending++;
            return true;
        }
    }

    /// <summary>Ends one send (or gives back a place reserved); true when the room it frees may let a claim take more.</summary>
    public bool Finish(Guid subscriptionId)
    {
        lock (_lock)
        {
            _sending--;
            var lane = _lanes[subscriptionId];
            lane.Sending--;
            if (lane.Sending == 0)
            {
                _lanes.Remove(subscriptionId);
            }

            return lane.Filled || _totalFilled;
        }
    }

    private sealed class Lane
    {
        public int Sending { get; set; }

        /// <summary>The last claim gave it all its room: more of its deliveries may be due.</summary>
        public bool Filled { get; set; }
    }
}
