namespace Spotantic.Testing;

/// <summary>
/// A user's library: saved tracks, albums, episodes, shows and audiobooks, and followed artists, users and playlists.
/// Items are listed newest first, as Spotify returns them. Thread-safe.
/// </summary>
public sealed class EmulatorLibrary
{
    private readonly TimeProvider _clock;
    private readonly Dictionary<EmulatorItemType, SavedCollection> _collections;

    internal EmulatorLibrary(TimeProvider clock)
    {
        _clock = clock;
        _collections = Enum.GetValues<EmulatorItemType>().ToDictionary(t => t, _ => new SavedCollection());
    }

    /// <summary>The IDs saved (or followed) for a type, newest first.</summary>
    /// <param name="type">The item type.</param>
    /// <returns>A snapshot of the IDs.</returns>
    public IReadOnlyList<string> GetIds(EmulatorItemType type) => [.. _collections[type].Snapshot().Select(e => e.Id)];

    /// <summary>Whether an ID is saved (or followed) for a type.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="id">The ID (a base-62 ID, or a user ID for <see cref="EmulatorItemType.User"/>).</param>
    /// <returns>True when present.</returns>
    public bool Contains(EmulatorItemType type, string id) => _collections[type].Contains(id);

    /// <summary>The number of saved (or followed) items of a type.</summary>
    /// <param name="type">The item type.</param>
    /// <returns>The count.</returns>
    public int Count(EmulatorItemType type) => _collections[type].Count;

    /// <summary>Saves (or follows) items now; items already present keep their original time.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="ids">The IDs; they are not checked against the catalog.</param>
    public void Save(EmulatorItemType type, params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _collections[type].Add(ids, _clock.GetUtcNow());
    }

    /// <summary>Removes (or unfollows) items; absent IDs are ignored.</summary>
    /// <param name="type">The item type.</param>
    /// <param name="ids">The IDs.</param>
    public void Remove(EmulatorItemType type, params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _collections[type].Remove(ids);
    }

    /// <summary>Removes every item of a type.</summary>
    /// <param name="type">The item type.</param>
    public void Clear(EmulatorItemType type) => _collections[type].Clear();

    internal IReadOnlyList<SavedEntry> Snapshot(EmulatorItemType type) => _collections[type].Snapshot();

    internal void Add(EmulatorItemType type, IEnumerable<string> ids, DateTimeOffset addedAt) => _collections[type].Add(ids, addedAt);

    internal readonly record struct SavedEntry(string Id, DateTimeOffset AddedAt);

    private sealed class SavedCollection
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, DateTimeOffset> _added = new(StringComparer.Ordinal);

        // Oldest first, so that adding is an append; snapshots reverse it.
        private readonly List<string> _order = [];

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _order.Count;
                }
            }
        }

        public bool Contains(string id)
        {
            lock (_gate)
            {
                return _added.ContainsKey(id);
            }
        }

        public void Add(IEnumerable<string> ids, DateTimeOffset addedAt)
        {
            lock (_gate)
            {
                foreach (var id in ids)
                {
                    if (_added.TryAdd(id, addedAt))
                    {
                        // Keep the list ordered by time even when a past time is given.
                        var index = _order.Count;
                        while (index > 0 && _added[_order[index - 1]] > addedAt)
                        {
                            index--;
                        }

                        _order.Insert(index, id);
                    }
                }
            }
        }

        public void Remove(IEnumerable<string> ids)
        {
            lock (_gate)
            {
                foreach (var id in ids)
                {
                    if (_added.Remove(id))
                    {
                        _order.Remove(id);
                    }
                }
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _added.Clear();
                _order.Clear();
            }
        }

        public SavedEntry[] Snapshot()
        {
            lock (_gate)
            {
                var result = new SavedEntry[_order.Count];
                for (var i = 0; i < result.Length; i++)
                {
                    var id = _order[_order.Count - 1 - i];
                    result[i] = new SavedEntry(id, _added[id]);
                }

                return result;
            }
        }
    }
}
