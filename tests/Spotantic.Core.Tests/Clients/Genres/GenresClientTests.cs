using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Clients.Genres;

public sealed class GenresClientTests : IDisposable
{
    private readonly StubHttpMessageHandler _stub = new();
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly IGenresClient _genres;

    public GenresClientTests()
    {
        _genres = new GenresClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetRecommendationGenresAsync_NoArguments_GetsGenreSeeds()
    {
        _stub.EnqueueJson("""{"genres":["acoustic","afrobeat"]}""");

#pragma warning disable CS0618 // The deprecated operation is still served to apps with extended quota and must keep working.
        var result = await _genres.GetRecommendationGenresAsync();
#pragma warning restore CS0618

        var sent = Assert.Single(_stub.Requests);
        Assert.Equal("https://api.test/v1/recommendations/available-genre-seeds", sent.RequestUri.AbsoluteUri);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal(["acoustic", "afrobeat"], result.Data.Genres);
        Assert.Equal("get-recommendation-genres", sent.Metadata!.Operation.Id);
    }

    [Fact]
    public void GetRecommendationGenresAsync_BothOverloads_ObsoleteSinceNovember2024()
    {
        var overloads = typeof(IGenresClient).GetMethods().Where(m => m.Name == nameof(IGenresClient.GetRecommendationGenresAsync)).ToArray();

        Assert.Equal(2, overloads.Length);
        Assert.All(overloads, overload => Assert.Equal(SpotifyDeprecations.November2024, overload.GetCustomAttribute<ObsoleteAttribute>()?.Message));
    }
}
