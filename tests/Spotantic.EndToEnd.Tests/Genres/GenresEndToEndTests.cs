using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.

namespace Spotantic.EndToEnd.Tests.Genres;

public sealed class GenresEndToEndTests
{
    [Fact]
    public async Task GetRecommendationGenresAsync_ClientCredentials_TheEmulatorsGenreSeeds()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();

        var result = await session.Get<IGenresClient>().GetRecommendationGenresAsync();

        Assert.Equal(session.Emulator.Catalog.Genres, result.Data.Genres);
        Assert.Equal(1, session.Emulator.RequestLog.Count("GET", "/v1/recommendations/available-genre-seeds"));
    }

    [Fact]
    public async Task GetRecommendationGenresAsync_GenreSeed_AcceptedByRecommendations()
    {
        await using var session = await EmulatorSession.StartAsync();
        var genres = await session.Client.Genres.GetRecommendationGenresAsync();

        var recommendations = await session.Client.Tracks.GetRecommendationsAsync(seedGenres: [genres.Data.Genres[0], genres.Data.Genres[1]], limit: 5);

        Assert.Equal(2, recommendations.Data.Seeds.Count);
    }
}
