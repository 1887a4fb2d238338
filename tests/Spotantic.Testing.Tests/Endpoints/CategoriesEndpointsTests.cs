using System.Text.Json;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Endpoints;

public sealed class CategoriesEndpointsTests
{
    [Fact]
    public async Task GetCategories_PagesThroughEveryCategoryWithAnyToken()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var categories = h.Emulator.Catalog.Categories;

        var first = await h.GetJsonAsync("v1/browse/categories?limit=15&locale=es_MX", h.ClientToken());
        var next = await h.GetJsonAsync(first.GetProperty("categories").GetProperty("next").GetString()!, h.ClientToken());

        SpecSchemas.AssertResponseConforms(first, "get-categories");
        Assert.Equal(categories.Count, first.GetProperty("categories").GetProperty("total").GetInt32());
        Assert.Equal(
            categories.Select(c => c.Id),
            first.GetProperty("categories").GetProperty("items").EnumerateArray().Concat(next.GetProperty("categories").GetProperty("items").EnumerateArray()).Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("categories").GetProperty("next").ValueKind);
        Assert.Contains("locale=es_MX", first.GetProperty("categories").GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCategory_KnownId_ReturnsCategoryObject()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var category = h.Emulator.Catalog.Categories[3];

        var json = await h.GetJsonAsync("v1/browse/categories/" + category.Id, h.UserToken());

        SpecSchemas.AssertResponseConforms(json, "get-a-category");
        Assert.Equal(category.Name, json.GetProperty("name").GetString());
        Assert.Equal(h.Emulator.ApiBaseAddress + "browse/categories/" + category.Id, json.GetProperty("href").GetString());
    }

    [Theory]
    [InlineData("v1/browse/categories/unknown-category", 404)]
    [InlineData("v1/browse/categories/party?locale=english", 400)]
    [InlineData("v1/browse/categories?limit=0", 400)]
    [InlineData("v1/browse/categories?limit=51", 400)]
    public async Task Categories_InvalidRequest_Rejected(string path, int status)
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync(path, h.ClientToken());

        await EmulatorHarness.ReadApiErrorAsync(response, status);
    }

    [Fact]
    public async Task Categories_NoToken_Is401()
    {
        await using var h = await EmulatorHarness.StartAsync();

        using var response = await h.GetAsync("v1/browse/categories", null);

        await EmulatorHarness.ReadApiErrorAsync(response, 401);
    }
}
