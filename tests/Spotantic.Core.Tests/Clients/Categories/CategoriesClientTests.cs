using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Spotantic.Clients;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

// The browse operations are deprecated but still served to apps with extended quota and must keep working.
#pragma warning disable CS0618

namespace Spotantic.Core.Tests.Clients.Categories;

public sealed class CategoriesClientTests : IDisposable
{
    private readonly StubHttpMessageHandler _stub = new();
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Calls go through the public interface, which carries the [Obsolete] markers users see.")]
    private readonly ICategoriesClient _categories;

    public CategoriesClientTests()
    {
        _categories = new CategoriesClient(new SpotifyApiConnection(() => new HttpClient(_stub, disposeHandler: false), TestOptions.ApiBaseAddress, TimeProvider.System));
    }

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task GetCategoriesAsync_ConvenienceOverload_PassesEveryArgument()
    {
        _stub.EnqueueJson("""{"categories":{"href":"h","items":[{"href":"h","icons":[],"id":"party","name":"Party"}],"limit":5,"next":null,"offset":10,"previous":null,"total":11}}""");

        var result = await _categories.GetCategoriesAsync("sv_SE", 5, 10);

        Assert.Equal("https://api.test/v1/browse/categories?locale=sv_SE&limit=5&offset=10", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal("Party", Assert.Single(result.Data.Categories.Items).Name);
    }

    [Fact]
    public async Task EnumerateCategoriesAsync_WrappedPages_FollowsNextInsideCategories()
    {
        _stub.EnqueueJson("""{"categories":{"href":"h","items":[{"id":"a","name":"A"}],"limit":1,"next":"https://api.test/v1/browse/categories?offset=1&limit=1","offset":0,"previous":null,"total":2}}""")
             .EnqueueJson("""{"categories":{"href":"h","items":[{"id":"b","name":"B"}],"limit":1,"next":null,"offset":1,"previous":null,"total":2}}""");

        var ids = new List<string>();
        await foreach (var category in _categories.EnumerateCategoriesAsync())
        {
            ids.Add(category.Id);
        }

        Assert.Equal(["a", "b"], ids);
        Assert.Equal("https://api.test/v1/browse/categories?limit=50", _stub.Requests[0].RequestUri.AbsoluteUri);
    }

    [Fact]
    public async Task GetCategoryAsync_IdAndLocale_InPathAndQuery()
    {
        _stub.EnqueueJson("""{"href":"h","icons":[{"url":"u","height":274,"width":274}],"id":"indie_alt","name":"Indie"}""");

        var result = await _categories.GetCategoryAsync("indie_alt", "es_MX");

        Assert.Equal("https://api.test/v1/browse/categories/indie_alt?locale=es_MX", Assert.Single(_stub.Requests).RequestUri.AbsoluteUri);
        Assert.Equal(274, Assert.Single(result.Data.Icons).Width);
        Assert.Same(ScopeRequirement.None, _stub.Requests[0].Metadata!.Scopes);
    }

    [Fact]
    public async Task GetCategoryAsync_IdWithWhitespace_ThrowsAndSendsNothing()
    {
        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => _categories.GetCategoryAsync("party time"));

        Assert.Equal("CategoryId", exception.ParamName);
        Assert.Equal(0, _stub.RequestCount);
    }

    [Fact]
    public void InterfaceMethods_AllObsoleteWithBrowseReason()
    {
        Assert.All(typeof(ICategoriesClient).GetMethods(), method => Assert.Equal(SpotifyDeprecations.Browse, method.GetCustomAttribute<ObsoleteAttribute>()?.Message));
    }
}
