namespace Spotantic.Extensions.Caching.Redis.Tests.Support;

/// <summary>Waits for what another instance does to show here (a message on a channel, a reconnect).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await condition())
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The condition did not hold within {timeout ?? TimeSpan.FromSeconds(10)}.");
            await Task.Delay(20);
        }
    }
}
