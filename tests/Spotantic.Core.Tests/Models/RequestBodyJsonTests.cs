using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// Checks the request body models against the spec's JSON request bodies: the same properties, required ones required,
/// and serialization to the exact JSON the spec shows (snake_case, <see langword="null"/> values omitted).
/// </summary>
public sealed class RequestBodyJsonTests
{
    /// <summary>The body model of each operation with a JSON request body.</summary>
    internal static readonly IReadOnlyDictionary<string, JsonTypeInfo> OperationBodies = new Dictionary<string, JsonTypeInfo>(StringComparer.Ordinal)
    {
        ["change-playlist-details"] = SpotifyJsonContext.Default.ChangePlaylistDetailsBody,
        ["add-tracks-to-playlist"] = SpotifyJsonContext.Default.AddPlaylistItemsBody,
        ["reorder-or-replace-playlists-tracks"] = SpotifyJsonContext.Default.ReorderOrReplacePlaylistItemsBody,
        ["remove-tracks-playlist"] = SpotifyJsonContext.Default.RemovePlaylistTracksBody,
        ["add-items-to-playlist"] = SpotifyJsonContext.Default.AddPlaylistItemsBody,
        ["reorder-or-replace-playlists-items"] = SpotifyJsonContext.Default.ReorderOrReplacePlaylistItemsBody,
        ["remove-items-playlist"] = SpotifyJsonContext.Default.RemovePlaylistItemsBody,
        ["create-playlist"] = SpotifyJsonContext.Default.CreatePlaylistBody,
        ["save-albums-user"] = SpotifyJsonContext.Default.IdsBody,
        ["remove-albums-user"] = SpotifyJsonContext.Default.IdsBody,
        ["save-tracks-user"] = SpotifyJsonContext.Default.SaveTracksBody,
        ["remove-tracks-user"] = SpotifyJsonContext.Default.IdsBody,
        ["save-episodes-user"] = SpotifyJsonContext.Default.IdsBody,
        ["remove-episodes-user"] = SpotifyJsonContext.Default.IdsBody,
        ["save-shows-user"] = SpotifyJsonContext.Default.IdsBody,
        ["remove-shows-user"] = SpotifyJsonContext.Default.IdsBody,
        ["create-playlist-for-user"] = SpotifyJsonContext.Default.CreatePlaylistBody,
        ["follow-playlist"] = SpotifyJsonContext.Default.FollowPlaylistBody,
        ["follow-artists-users"] = SpotifyJsonContext.Default.IdsBody,
        ["unfollow-artists-users"] = SpotifyJsonContext.Default.IdsBody,
        ["transfer-a-users-playback"] = SpotifyJsonContext.Default.TransferPlaybackBody,
        ["start-a-users-playback"] = SpotifyJsonContext.Default.StartPlaybackBody,
    };

    private static OpenApiSchemaReader Spec => OpenApiSchemaReader.Instance;

    public static TheoryData<string> BodyOperations() => [.. OperationBodies.Keys];

    [Fact]
    public void OperationBodies_EveryOperationWithAJsonBody_HasABodyModel()
    {
        IReadOnlyList<string> operations = Spec.GetOperationsWithJsonBody();

        Assert.Equal(operations.Order(StringComparer.Ordinal), OperationBodies.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(22, operations.Count);
    }

    [Theory]
    [MemberData(nameof(BodyOperations))]
    public void Properties_BodyModel_MatchSpecAndRequiredOnesAreRequired(string operationId)
    {
        IReadOnlyDictionary<string, bool> specProperties = Spec.GetRequestBodyProperties(operationId);
        Dictionary<string, JsonPropertyInfo> modelProperties = OperationBodies[operationId].Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

        Assert.Equal(specProperties.Keys.Order(StringComparer.Ordinal), modelProperties.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, bool required) in specProperties)
        {
            JsonPropertyInfo property = modelProperties[name];
            if (required)
            {
                Assert.True(property.IsRequired, $"{operationId}: {name} is required by the spec.");
            }
            else if (!property.IsRequired)
            {
                Assert.True(property.IsGetNullable, $"{operationId}: optional {name} must be nullable so that it can be omitted.");
            }
        }
    }

    [Theory]
    [InlineData("remove-items-playlist", "items")]
    [InlineData("remove-tracks-playlist", "tracks")]
    [InlineData("save-tracks-user", "timestamped_ids")]
    public void Properties_BodyItemModel_MatchSpec(string operationId, string arrayProperty)
    {
        JsonTypeInfo itemInfo = arrayProperty == "timestamped_ids" ? SpotifyJsonContext.Default.TimestampedId : SpotifyJsonContext.Default.PlaylistItemReference;

        Assert.Equal(
            Spec.GetRequestBodyItemProperties(operationId, arrayProperty).Order(StringComparer.Ordinal),
            itemInfo.Properties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("change-playlist-details")]
    [InlineData("reorder-or-replace-playlists-items")]
    [InlineData("reorder-or-replace-playlists-tracks")]
    [InlineData("create-playlist")]
    [InlineData("create-playlist-for-user")]
    [InlineData("follow-playlist")]
    [InlineData("transfer-a-users-playback")]
    [InlineData("start-a-users-playback")]
    public void Serialize_BodyBuiltFromSpecExample_WritesTheSpecExample(string operationId)
    {
        JsonNode? example = Spec.GetRequestBodyExample(operationId);
        object body = operationId switch
        {
            "change-playlist-details" => new ChangePlaylistDetailsBody { Name = "Updated Playlist Name", Description = "Updated playlist description", Public = false },
            "reorder-or-replace-playlists-items" or "reorder-or-replace-playlists-tracks" => new ReorderOrReplacePlaylistItemsBody { RangeStart = 1, InsertBefore = 3, RangeLength = 2 },
            "create-playlist" or "create-playlist-for-user" => new CreatePlaylistBody { Name = "New Playlist", Description = "New playlist description", Public = false },
            "follow-playlist" => new FollowPlaylistBody { Public = false },
            "transfer-a-users-playback" => new TransferPlaybackBody { DeviceIds = ["74ASZWbe4lXaubB36ztrGX"] },
            "start-a-users-playback" => new StartPlaybackBody { ContextUri = "spotify:album:5ht7ItJgpBH7W6vJ5BqpPr", Offset = new PlaybackOffset { Position = 5 }, PositionMs = 0 },
            _ => throw new ArgumentOutOfRangeException(nameof(operationId)),
        };

        JsonNode? written = JsonNode.Parse(JsonSerializer.Serialize(body, OperationBodies[operationId]));

        Assert.NotNull(example);
        Assert.True(JsonNode.DeepEquals(example, written), $"Expected {example.ToJsonString()} but wrote {written?.ToJsonString()}.");
    }

    [Fact]
    public void Serialize_AddPlaylistItemsBody_WritesUrisAndPosition()
    {
        var body = new AddPlaylistItemsBody { Uris = ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh", "spotify:track:1301WleyT98MSxVHPZCA6M"], Position = 3 };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.AddPlaylistItemsBody);

        Assert.Equal("""{"uris":["spotify:track:4iV5W9uYEdYUVa79Axb7Rh","spotify:track:1301WleyT98MSxVHPZCA6M"],"position":3}""", json);
    }

    [Fact]
    public void Serialize_AddPlaylistItemsBodyWithoutPosition_OmitsPosition()
    {
        var body = new AddPlaylistItemsBody { Uris = ["spotify:episode:512ojhOuo1ktJprKbVcKyQ"] };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.AddPlaylistItemsBody);

        Assert.Equal("""{"uris":["spotify:episode:512ojhOuo1ktJprKbVcKyQ"]}""", json);
    }

    [Fact]
    public void Serialize_RemovePlaylistItemsBody_WritesItemObjectsAndSnapshot()
    {
        var body = new RemovePlaylistItemsBody
        {
            Items = [new PlaylistItemReference { Uri = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh" }, new PlaylistItemReference { Uri = "spotify:track:1301WleyT98MSxVHPZCA6M" }],
            SnapshotId = "abc",
        };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.RemovePlaylistItemsBody);

        Assert.Equal("""{"items":[{"uri":"spotify:track:4iV5W9uYEdYUVa79Axb7Rh"},{"uri":"spotify:track:1301WleyT98MSxVHPZCA6M"}],"snapshot_id":"abc"}""", json);
    }

    [Fact]
    public void Serialize_RemovePlaylistTracksBodyWithoutSnapshot_WritesTracksOnly()
    {
        var body = new RemovePlaylistTracksBody { Tracks = [new PlaylistItemReference { Uri = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh" }] };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.RemovePlaylistTracksBody);

        Assert.Equal("""{"tracks":[{"uri":"spotify:track:4iV5W9uYEdYUVa79Axb7Rh"}]}""", json);
    }

    [Fact]
    public void Serialize_ReorderOrReplaceBodyWithUris_WritesOnlyUris()
    {
        var body = new ReorderOrReplacePlaylistItemsBody { Uris = ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh"] };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.ReorderOrReplacePlaylistItemsBody);

        Assert.Equal("""{"uris":["spotify:track:4iV5W9uYEdYUVa79Axb7Rh"]}""", json);
    }

    [Fact]
    public void Serialize_ReorderBodyWithSnapshot_WritesSnakeCaseNames()
    {
        var body = new ReorderOrReplacePlaylistItemsBody { RangeStart = 9, InsertBefore = 0, RangeLength = 2, SnapshotId = "MTAsZDVmZjM" };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.ReorderOrReplacePlaylistItemsBody);

        Assert.Equal("""{"range_start":9,"insert_before":0,"range_length":2,"snapshot_id":"MTAsZDVmZjM"}""", json);
    }

    [Fact]
    public void Serialize_IdsBody_WritesIds()
    {
        var body = new IdsBody { Ids = ["4iV5W9uYEdYUVa79Axb7Rh", "1301WleyT98MSxVHPZCA6M"] };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.IdsBody);

        Assert.Equal("""{"ids":["4iV5W9uYEdYUVa79Axb7Rh","1301WleyT98MSxVHPZCA6M"]}""", json);
    }

    [Fact]
    public void Serialize_SaveTracksBodyWithTimestamps_WritesUtcTimesWithZ()
    {
        var body = new SaveTracksBody
        {
            Ids = ["4iV5W9uYEdYUVa79Axb7Rh"],
            TimestampedIds =
            [
                new TimestampedId { Id = "4iV5W9uYEdYUVa79Axb7Rh", AddedAt = new DateTimeOffset(2023, 1, 15, 16, 30, 0, TimeSpan.FromHours(2)) },
                new TimestampedId { Id = "1301WleyT98MSxVHPZCA6M", AddedAt = new DateTimeOffset(2023, 1, 15, 14, 30, 0, 250, TimeSpan.Zero) },
            ],
        };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.SaveTracksBody);

        Assert.Equal(
            """{"ids":["4iV5W9uYEdYUVa79Axb7Rh"],"timestamped_ids":[{"id":"4iV5W9uYEdYUVa79Axb7Rh","added_at":"2023-01-15T14:30:00Z"},{"id":"1301WleyT98MSxVHPZCA6M","added_at":"2023-01-15T14:30:00.25Z"}]}""",
            json);
    }

    [Fact]
    public void Serialize_SaveTracksBodyWithoutTimestamps_OmitsTimestampedIds()
    {
        var body = new SaveTracksBody { Ids = ["4iV5W9uYEdYUVa79Axb7Rh"] };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.SaveTracksBody);

        Assert.Equal("""{"ids":["4iV5W9uYEdYUVa79Axb7Rh"]}""", json);
    }

    [Fact]
    public void Deserialize_TimestampedIdWithOffset_ReadsTheSameInstant()
    {
        TimestampedId? value = JsonSerializer.Deserialize("""{"id":"x","added_at":"2023-01-15T16:30:00+02:00"}""", SpotifyJsonContext.Default.TimestampedId);

        Assert.NotNull(value);
        Assert.Equal(new DateTimeOffset(2023, 1, 15, 14, 30, 0, TimeSpan.Zero), value.AddedAt);
    }

    [Fact]
    public void Serialize_StartPlaybackBodyWithUrisAndOffsetUri_WritesThem()
    {
        var body = new StartPlaybackBody
        {
            Uris = ["spotify:track:4iV5W9uYEdYUVa79Axb7Rh", "spotify:track:1301WleyT98MSxVHPZCA6M"],
            Offset = new PlaybackOffset { Uri = "spotify:track:1301WleyT98MSxVHPZCA6M" },
        };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.StartPlaybackBody);

        Assert.Equal("""{"uris":["spotify:track:4iV5W9uYEdYUVa79Axb7Rh","spotify:track:1301WleyT98MSxVHPZCA6M"],"offset":{"uri":"spotify:track:1301WleyT98MSxVHPZCA6M"}}""", json);
    }

    [Fact]
    public void Serialize_EmptyStartPlaybackBody_WritesEmptyObject()
    {
        string json = JsonSerializer.Serialize(new StartPlaybackBody(), SpotifyJsonContext.Default.StartPlaybackBody);

        Assert.Equal("{}", json);
    }

    [Fact]
    public void Serialize_TransferPlaybackBodyWithPlay_WritesDeviceIdsAndPlay()
    {
        var body = new TransferPlaybackBody { DeviceIds = ["74ASZWbe4lXaubB36ztrGX"], Play = true };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.TransferPlaybackBody);

        Assert.Equal("""{"device_ids":["74ASZWbe4lXaubB36ztrGX"],"play":true}""", json);
    }

    [Fact]
    public void Serialize_ChangePlaylistDetailsBodyWithCollaborative_OmitsUnsetFields()
    {
        var body = new ChangePlaylistDetailsBody { Collaborative = true, Public = false };

        string json = JsonSerializer.Serialize(body, SpotifyJsonContext.Default.ChangePlaylistDetailsBody);

        Assert.Equal("""{"public":false,"collaborative":true}""", json);
    }

    [Fact]
    public void Serialize_CreatePlaylistBodyWithNameOnly_WritesName()
    {
        string json = JsonSerializer.Serialize(new CreatePlaylistBody { Name = "Road trip" }, SpotifyJsonContext.Default.CreatePlaylistBody);

        Assert.Equal("""{"name":"Road trip"}""", json);
    }
}
