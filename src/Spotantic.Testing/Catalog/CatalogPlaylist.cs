using System.Security.Cryptography;
using System.Text;

namespace Spotantic.Testing;

/// <summary>
/// A playlist: seeded or created through the API. Its details and items change through the API; every read returns a
/// consistent snapshot. Thread-safe.
/// </summary>
public sealed class CatalogPlaylist
{
    private readonly object _gate = new();
    private readonly List<CatalogPlaylistItem> _items;
    private readonly HashSet<string> _collaborators = new(StringComparer.Ordinal);
    private string _name;
    private string? _description;
    private bool _isPublic;
    private bool _isCollaborative;
    private int _version;
    private string _snapshotId;
    private byte[]? _customImageJpeg;

    internal CatalogPlaylist(string id, string ownerId, string name, string? description, bool isPublic, bool isCollaborative, int followers, IEnumerable<CatalogPlaylistItem> items)
    {
        Id = id;
        OwnerId = ownerId;
        _name = name;
        _description = description;
        _isPublic = isPublic;
        _isCollaborative = isCollaborative;
        Followers = followers;
        _items = [.. items];
        _snapshotId = ComputeSnapshotId(id, 0);
    }

    /// <summary>The 22-character base-62 ID.</summary>
    public string Id { get; }

    /// <summary>The owner's user ID.</summary>
    public string OwnerId { get; }

    /// <summary>The number of followers.</summary>
    public int Followers { get; }

    /// <summary>The Spotify URI.</summary>
    public string Uri => "spotify:playlist:" + Id;

    /// <summary>The name.</summary>
    public string Name
    {
        get
        {
            lock (_gate)
            {
                return _name;
            }
        }
    }

    /// <summary>The description, or null.</summary>
    public string? Description
    {
        get
        {
            lock (_gate)
            {
                return _description;
            }
        }
    }

    /// <summary>Whether the playlist is public; writes to a public playlist need <c>playlist-modify-public</c>.</summary>
    public bool IsPublic
    {
        get
        {
            lock (_gate)
            {
                return _isPublic;
            }
        }
    }

    /// <summary>Whether other users may modify it.</summary>
    public bool IsCollaborative
    {
        get
        {
            lock (_gate)
            {
                return _isCollaborative;
            }
        }
    }

    /// <summary>The version identifier; it changes on every change of the items.</summary>
    public string SnapshotId
    {
        get
        {
            lock (_gate)
            {
                return _snapshotId;
            }
        }
    }

    /// <summary>The items in playlist order.</summary>
    public IReadOnlyList<CatalogPlaylistItem> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    /// <summary>The users, besides the owner, who may modify a collaborative playlist.</summary>
    public IReadOnlyCollection<string> Collaborators
    {
        get
        {
            lock (_gate)
            {
                return [.. _collaborators];
            }
        }
    }

    /// <summary>Whether a custom cover image was uploaded.</summary>
    public bool HasCustomImage
    {
        get
        {
            lock (_gate)
            {
                return _customImageJpeg is not null;
            }
        }
    }

    /// <summary>Whether a user owns the playlist or collaborates on it (only those may read its items since 2026).</summary>
    /// <param name="userId">The user ID.</param>
    /// <returns>True for the owner or a collaborator.</returns>
    public bool IsOwnedOrCollaboratedBy(string userId)
    {
        lock (_gate)
        {
            return string.Equals(userId, OwnerId, StringComparison.Ordinal) || (_isCollaborative && _collaborators.Contains(userId));
        }
    }

    /// <summary>Describes the playlist.</summary>
    /// <returns>The name and ID.</returns>
    public override string ToString() => $"{Name} ({Id})";

    internal void AddCollaborator(string userId)
    {
        lock (_gate)
        {
            _collaborators.Add(userId);
        }
    }

    /// <summary>Changes details; a null argument leaves that detail as it is. Does not change the snapshot.</summary>
    internal void ChangeDetails(string? name, string? description, bool? isPublic, bool? isCollaborative)
    {
        lock (_gate)
        {
            _name = name ?? _name;
            _description = description ?? _description;
            _isPublic = isPublic ?? _isPublic;
            _isCollaborative = isCollaborative ?? _isCollaborative;
        }
    }

    internal byte[]? CustomImageJpeg
    {
        get
        {
            lock (_gate)
            {
                return _customImageJpeg;
            }
        }
    }

    internal void SetCustomImage(byte[] jpeg)
    {
        lock (_gate)
        {
            _customImageJpeg = jpeg;
        }
    }

    /// <summary>
    /// Runs a change of the items under the playlist's lock and gives a new snapshot ID when <paramref name="change"/>
    /// returns true. The list is in playlist order.
    /// </summary>
    /// <returns>The snapshot ID after the change.</returns>
    internal string ChangeItems(Func<List<CatalogPlaylistItem>, bool> change)
    {
        lock (_gate)
        {
            if (change(_items))
            {
                _version++;
                _snapshotId = ComputeSnapshotId(Id, _version);
            }

            return _snapshotId;
        }
    }

    /// <summary>Reads a consistent view of the playlist.</summary>
    internal T Read<T>(Func<IReadOnlyList<CatalogPlaylistItem>, string, T> read)
    {
        lock (_gate)
        {
            return read(_items, _snapshotId);
        }
    }

    private static string ComputeSnapshotId(string id, int version)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id + ":" + version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToBase64String(hash.AsSpan(0, 24));
    }
}
