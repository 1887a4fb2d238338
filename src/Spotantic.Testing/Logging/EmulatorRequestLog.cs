using Spotantic.Testing.Routing;

namespace Spotantic.Testing;

/// <summary>
/// Every request that reached the emulator, in arrival order (faulted and dropped ones included), so tests can assert
/// e.g. that exactly one <c>POST</c> was sent. Entries are recorded when a request arrives and get their status when the
/// response starts. Keeps the last <see cref="Capacity"/> entries. Thread-safe.
/// </summary>
public sealed class EmulatorRequestLog
{
    private readonly object _gate = new();
    private readonly Queue<EmulatorRequest> _entries = new();
    private int _capacity = 10_000;
    private volatile bool _enabled = true;

    /// <summary>The maximum number of entries kept; older ones are dropped. Defaults to 10,000.</summary>
    public int Capacity
    {
        get
        {
            lock (_gate)
            {
                return _capacity;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            lock (_gate)
            {
                _capacity = value;
                Trim();
            }
        }
    }

    /// <summary>Whether requests are recorded. Defaults to true; turn it off for throughput measurements.</summary>
    public bool Enabled
    {
        get => _enabled;
        set => _enabled = value;
    }

    /// <summary>A snapshot of the entries, oldest first.</summary>
    public IReadOnlyList<EmulatorRequest> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The most recent entry, or null.</summary>
    public EmulatorRequest? Last
    {
        get
        {
            lock (_gate)
            {
                return _entries.LastOrDefault();
            }
        }
    }

    /// <summary>The number of recorded requests.</summary>
    /// <returns>The count.</returns>
    public int Count()
    {
        lock (_gate)
        {
            return _entries.Count;
        }
    }

    /// <summary>The number of recorded requests with a method and a path pattern.</summary>
    /// <param name="method">The method, or <c>*</c> for any.</param>
    /// <param name="pathPattern">
    /// A path such as <c>/v1/me/albums</c>; <c>*</c> or <c>{name}</c> matches one segment, a final <c>**</c> any rest.
    /// </param>
    /// <returns>The count.</returns>
    public int Count(string method, string pathPattern) => Find(method, pathPattern).Count;

    /// <summary>The recorded requests with a method and a path pattern, oldest first.</summary>
    /// <param name="method">The method, or <c>*</c> for any.</param>
    /// <param name="pathPattern">A path pattern, as for <see cref="Count(string, string)"/>.</param>
    /// <returns>The matching entries.</returns>
    public IReadOnlyList<EmulatorRequest> Find(string method, string pathPattern)
    {
        var pattern = new PathPattern(method, pathPattern);
        return [.. Entries.Where(e => pattern.Matches(e.Method, e.Path))];
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    internal void Add(EmulatorRequest entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            Trim();
        }
    }

    private void Trim()
    {
        while (_entries.Count > _capacity)
        {
            _entries.Dequeue();
        }
    }
}
