using Spotantic.Clients;
using Spotantic.EndToEnd.Tests.Support;
using Spotantic.Exceptions;
using Spotantic.Models;
using Spotantic.Requests;

// The browse operations are deprecated but still served to apps with extended quota and must keep working.
#pragma warning disable CS0618

namespace Spotantic.EndToEnd.Tests.Categories;

public sealed class CategoriesEndToEndTests
{
    [Fact]
    public async Task GetCategoriesAsync_SmallPages_EnumeratesEveryCategory()
    {
        await using var session = await EmulatorSession.StartWithClientCredentialsAsync();
        var categories = session.Get<ICategoriesClient>();
        var expected = session.Emulator.Catalog.Categories.Select(c => c.Id);

        var first = await categories.GetCategoriesAsync(locale: "es_MX", limit: 5);
        var all = new List<Category>();
        await foreach (var category in categories.EnumerateCategoriesAsync(new GetCategoriesRequest { Limit = 5 }))
        {
            all.Add(category);
        }

        Assert.Equal(5, first.Data.Categories.Items.Count);
        Assert.Equal(expected, all.Select(c => c.Id));
        Assert.All(all, c => Assert.NotEmpty(c.Icons));
        Assert.True(session.Emulator.RequestLog.Count("GET", "/v1/browse/categories") >= 4);
    }

    [Fact]
    public async Task GetCategoryAsync_KnownId_ReturnsNameAndIcons()
    {
        await using var session = await EmulatorSession.StartAsync();
        var expected = session.Emulator.Catalog.Categories[4];

        var result = await session.Client.Categories.GetCategoryAsync(expected.Id, "sv_SE");

        Assert.Equal(expected.Name, result.Data.Name);
        Assert.Equal(expected.Id, result.Data.Id);
        Assert.Single(result.Data.Icons);
    }

    [Fact]
    public async Task GetCategoryAsync_UnknownId_ThrowsNotFound()
    {
        await using var session = await EmulatorSession.StartAsync();

        await Assert.ThrowsAsync<SpotifyNotFoundException>(() => session.Client.Categories.GetCategoryAsync("no_such_category"));
    }
}
