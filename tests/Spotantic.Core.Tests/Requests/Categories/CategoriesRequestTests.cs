using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Requests.Categories;

public sealed class CategoriesRequestTests
{
    [Fact]
    public void BuildRelativeUri_Categories_AllParameters()
    {
        Assert.Equal("browse/categories?locale=sv_SE&limit=10&offset=20", new GetCategoriesRequest { Locale = "sv_SE", Limit = 10, Offset = 20 }.BuildRelativeUri());
        Assert.Equal("browse/categories", new GetCategoriesRequest().BuildRelativeUri());
    }

    [Fact]
    public void BuildRelativeUri_CategoryId_EscapedAsOneSegment()
    {
        Assert.Equal("browse/categories/indie_alt?locale=es_MX", new GetCategoryRequest("indie_alt") { Locale = "es_MX" }.BuildRelativeUri());
        Assert.Equal("browse/categories/a%2F..%3Fx/playlists", new GetCategoryPlaylistsRequest("a/..?x").BuildRelativeUri());
    }

    [Theory]
    [InlineData("english")]
    [InlineData("es-MX")]
    [InlineData("es_MX\n")]
    public void Validate_BadLocale_ThrowsNamingLocale(string locale)
    {
        Assert.Equal("Locale", Assert.ThrowsAny<ArgumentException>(new GetCategoriesRequest { Locale = locale }.Validate).ParamName);
        Assert.Equal("Locale", Assert.ThrowsAny<ArgumentException>(new GetCategoryRequest("party") { Locale = locale }.Validate).ParamName);
        Assert.Equal("Locale", Assert.ThrowsAny<ArgumentException>(new GetFeaturedPlaylistsRequest { Locale = locale }.Validate).ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("two words")]
    public void Validate_BadCategoryId_ThrowsNamingCategoryId(string? id)
    {
        Assert.Equal("CategoryId", Assert.ThrowsAny<ArgumentException>(new GetCategoryRequest(id!).Validate).ParamName);
        Assert.Equal("CategoryId", Assert.ThrowsAny<ArgumentException>(new GetCategoryPlaylistsRequest(id!).Validate).ParamName);
    }

    [Fact]
    public void Operation_Categories_DeprecatedReadsWithoutScope()
    {
        Assert.True(GetCategoriesRequest.Definition.IsDeprecated);
        Assert.True(GetCategoryRequest.Definition.IsDeprecated);
        Assert.Same(ScopeRequirement.None, new GetCategoriesRequest().RequiredScopes);
        Assert.Same(ScopeRequirement.None, new GetCategoryRequest("party").RequiredScopes);
    }
}
