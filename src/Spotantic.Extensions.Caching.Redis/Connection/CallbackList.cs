namespace Spotantic.Extensions.Caching.Redis.Connection;

/// <summary>
/// Callbacks that can be added and removed at any time, and invoked without a lock (a multicast delegate, replaced
/// as a whole on each change).
/// </summary>
/// <typeparam name="T">The callback type.</typeparam>
internal sealed class CallbackList<T>
    where T : Delegate
{
    private readonly Lock _gate = new();
    private T? _all;

    /// <summary>Every callback added and not yet removed, as one delegate; <see langword="null"/> when none.</summary>
    public T? All => Volatile.Read(ref _all);

    /// <summary>Adds <paramref name="callback"/>.</summary>
    /// <returns>Disposing it removes the callback.</returns>
    public IDisposable Add(T callback)
    {
        lock (_gate)
        {
            _all = (T)Delegate.Combine(_all, callback);
        }

        return new Removal(this, callback);
    }

    private void Remove(T callback)
    {
        lock (_gate)
        {
            _all = (T?)Delegate.Remove(_all, callback);
        }
    }

    private sealed class Removal(CallbackList<T> owner, T callback) : IDisposable
    {
        private int _removed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _removed, 1) == 0)
            {
                owner.Remove(callback);
            }
        }
    }
}
