using Spotantic.Http;

namespace Spotantic.Core.Tests.Http;

public sealed class SpotifyRateLimitGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Remaining_NeverBlocked_Null()
    {
        Assert.Null(new SpotifyRateLimitGate { ClientId = "c" }.Remaining(Now));
    }

    [Fact]
    public void BlockUntil_LaterTime_RemainingUntilThen()
    {
        var gate = new SpotifyRateLimitGate { ClientId = "c" };

        gate.BlockUntil(Now.AddSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), gate.Remaining(Now));
        Assert.Null(gate.Remaining(Now.AddSeconds(90)));
    }

    [Fact]
    public void BlockUntil_EarlierThanExistingBlock_DoesNotShorten()
    {
        var gate = new SpotifyRateLimitGate { ClientId = "c" };
        gate.BlockUntil(Now.AddHours(1));

        gate.BlockUntil(Now.AddSeconds(10));

        Assert.Equal(TimeSpan.FromHours(1), gate.Remaining(Now));
    }
}
