using System.Text.Json;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Models;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Tracks;

public sealed class SaveTracksForUserRequestTests
{
    private const string First = "7ouMYWpwJ422jRcDASZB7P";
    private const string Second = "4VqPOruhp5EdPBeR92t6lQ";

    private static readonly DateTimeOffset Monday = new(2023, 1, 16, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Validate_NoIds_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new SaveTracksForUserRequest(Array.Empty<string>()).Validate).ParamName);
    }

    [Fact]
    public void Validate_InvalidId_ThrowsNamingIds()
    {
        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(new SaveTracksForUserRequest([First, "not-an-id"]).Validate).ParamName);
    }

    [Fact]
    public void Validate_NoTimestampedIds_ThrowsNamingTimestampedIds()
    {
        Assert.Equal("TimestampedIds", Assert.ThrowsAny<ArgumentException>(new SaveTracksForUserRequest(Array.Empty<TimestampedId>()).Validate).ParamName);
    }

    [Fact]
    public void Validate_NullTimestampedEntry_ThrowsNamingTimestampedIds()
    {
        var request = new SaveTracksForUserRequest([new TimestampedId { Id = First, AddedAt = Monday }, null!]);

        Assert.Equal("TimestampedIds", Assert.ThrowsAny<ArgumentException>(request.Validate).ParamName);
    }

    [Fact]
    public void Validate_SameTrackWithTwoTimes_ThrowsNamingTimestampedIds()
    {
        var request = new SaveTracksForUserRequest([new TimestampedId { Id = First, AddedAt = Monday }, new TimestampedId { Id = First, AddedAt = Monday.AddDays(1) }]);

        var exception = Assert.ThrowsAny<ArgumentException>(request.Validate);

        Assert.Equal("TimestampedIds", exception.ParamName);
        Assert.Contains("TimestampedIds[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IdsChangedAwayFromTimestampedIds_ThrowsNamingIds()
    {
        var request = new SaveTracksForUserRequest([new TimestampedId { Id = First, AddedAt = Monday }]) with { Ids = [Second] };

        Assert.Equal("Ids", Assert.ThrowsAny<ArgumentException>(request.Validate).ParamName);
    }

    [Fact]
    public void Validate_MoreThanMaxIds_AcceptedForTheClientToSplit()
    {
        Assert.Null(Record.Exception(new SaveTracksForUserRequest(Enumerable.Repeat(First, 120).ToArray()).Validate));
        Assert.Equal(50, SaveTracksForUserRequest.MaxIds);
    }

    [Fact]
    public async Task BuildContent_Ids_JsonBodyWithIdsAndNoQuery()
    {
        var request = new SaveTracksForUserRequest([First, Second]);

        using var content = request.BuildContent();
        var json = await content.ReadAsStringAsync();

        Assert.Equal("me/tracks", request.BuildRelativeUri());
        Assert.Equal("application/json", content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"ids":["7ouMYWpwJ422jRcDASZB7P","4VqPOruhp5EdPBeR92t6lQ"]}""", json);
    }

    [Fact]
    public async Task BuildContent_TimestampedIds_SendsBothListsWithUtcTimes()
    {
        var request = new SaveTracksForUserRequest([new TimestampedId { Id = First, AddedAt = Monday }, new TimestampedId { Id = Second, AddedAt = Monday.AddMinutes(1) }]);

        using var content = request.BuildContent();
        using var json = JsonDocument.Parse(await content.ReadAsStringAsync());

        Assert.Equal([First, Second], json.RootElement.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        var timestamped = json.RootElement.GetProperty("timestamped_ids").EnumerateArray().ToArray();
        Assert.Equal(First, timestamped[0].GetProperty("id").GetString());
        Assert.Equal("2023-01-16T08:00:00Z", timestamped[0].GetProperty("added_at").GetString());
        Assert.Equal("2023-01-16T08:01:00Z", timestamped[1].GetProperty("added_at").GetString());
    }

    [Fact]
    public void WithBatchItems_TimestampedChunk_KeepsEachTracksTime()
    {
        var entries = Enumerable.Range(0, 3).Select(i => new TimestampedId { Id = i == 1 ? Second : First, AddedAt = Monday.AddMinutes(i == 1 ? 7 : 0) }).ToArray();
        ISpotifyBatchRequest<SaveTracksForUserRequest> request = new SaveTracksForUserRequest(entries);

        var chunk = request.WithBatchItems([Second, First]);

        Assert.Equal([Second, First], chunk.Ids);
        Assert.Equal([Monday.AddMinutes(7), Monday], chunk.TimestampedIds!.Select(entry => entry.AddedAt));
    }

    [Fact]
    public void Operation_Definition_MatchesSaveTracksUser()
    {
        OperationAssert.Matches(new SaveTracksForUserRequest([First]).Operation, "save-tracks-user", HttpMethod.Put, "/me/tracks", ["user-library-modify"], isIdempotent: true, isDeprecated: true);
    }
}
