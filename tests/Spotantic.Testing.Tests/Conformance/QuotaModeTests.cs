using System.Text.Json;
using Spotantic.Testing.Accounts;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Conformance;

/// <summary>
/// Every operation of the spec, in both quota modes: an app with extended quota is served everything; a development-mode
/// app gets, for the operations Spotify withholds from it, exactly the refusal Spotify sends (status and body, from the
/// table the emulator shares with Spotantic.Core), and for the rest an answer without the fields Spotify withholds.
/// </summary>
public sealed class QuotaModeTests
{
    public static TheoryData<string> Operations => new(OpenApiSpec.Instance.Operations.Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_DevelopmentMode_RefusedExactlyAsSpotifyDoes_OrServedWithoutWithheldFields(string operationId)
    {
        var (status, body) = await SendAsync(operationId, EmulatorQuotaMode.Development);

        if (SpotifyDevelopmentMode.Refusals.TryGetValue(operationId, out var refusal))
        {
            Assert.Equal(refusal.Status, status);
            var expected = refusal.Message is null
                ? $$$"""{"error":{"status":{{{refusal.Status}}}}}"""
                : $$$"""{"error":{"status":{{{refusal.Status}}},"message":"{{{refusal.Message}}}"}}""";
            Assert.Equal(expected, body);
            return;
        }

        var operation = OpenApiSpec.Instance.Operation(operationId);
        Assert.True(operation.SuccessStatuses.Contains(status), $"{operationId} answered {status} in development mode: {body}");
        if (operation.JsonResponseSchema(status) is null)
        {
            return;
        }

        var json = JsonDocument.Parse(body).RootElement;
        var errors = OpenApiJsonSchema.ValidateResponseWithoutDeprecated(operation, status, json);
        Assert.True(errors.Count == 0, $"{operationId}: " + string.Join("\n  ", errors.Take(20)));
        Assert.Empty(WithheldFieldsIn(json));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_ExtendedQuota_Served(string operationId)
    {
        var (status, body) = await SendAsync(operationId, EmulatorQuotaMode.Extended);

        Assert.True(OpenApiSpec.Instance.Operation(operationId).SuccessStatuses.Contains(status), $"{operationId} answered {status} with extended quota: {body}");
    }

    [Fact]
    public async Task Album_BothModes_DevelopmentLeavesOutWhatSpotifyWithholds()
    {
        await using var extended = await EmulatorHarness.StartAsync(quotaMode: EmulatorQuotaMode.Extended);
        await using var development = await EmulatorHarness.StartAsync(quotaMode: EmulatorQuotaMode.Development);
        var albumId = extended.Emulator.Catalog.Albums[0].Id;

        var full = await extended.GetJsonAsync("v1/albums/" + albumId, extended.ClientToken());
        var withheld = await development.GetJsonAsync("v1/albums/" + albumId, development.ClientToken());

        foreach (var field in new[] { "popularity", "label", "available_markets" })
        {
            Assert.True(full.TryGetProperty(field, out _), field);
            Assert.False(withheld.TryGetProperty(field, out _), field);
        }

        Assert.Equal(full.GetProperty("name").GetString(), withheld.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Me_DevelopmentMode_NoCountryEmailProductOrFollowersWhateverTheScopes()
    {
        await using var h = await EmulatorHarness.StartAsync(quotaMode: EmulatorQuotaMode.Development);

        var me = await h.GetJsonAsync("v1/me", h.UserToken("user-read-private", "user-read-email"));

        Assert.Equal(h.DemoUser.Id, me.GetProperty("id").GetString());
        Assert.True(me.TryGetProperty("account_id", out _));
        foreach (var field in new[] { "country", "email", "product", "explicit_content", "followers" })
        {
            Assert.False(me.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Playlist_ExtendedQuotaAlsoGetsTheFormerNames_DevelopmentModeOnlyTheNewOnes()
    {
        await using var extended = await EmulatorHarness.StartAsync(quotaMode: EmulatorQuotaMode.Extended);
        await using var development = await EmulatorHarness.StartAsync(quotaMode: EmulatorQuotaMode.Development);
        var playlist = extended.Emulator.Catalog.Playlists.First(p => p.OwnerId == extended.DemoUser.Id).Id;
        var token = (EmulatorHarness h) => h.UserToken([.. SpotifyScopes.All]);

        var full = await extended.GetJsonAsync("v1/playlists/" + playlist, token(extended));
        var renamed = await development.GetJsonAsync("v1/playlists/" + playlist, token(development));

        Assert.True(full.TryGetProperty("tracks", out var tracks));
        Assert.True(tracks.GetProperty("items")[0].TryGetProperty("track", out _));
        Assert.True(full.GetProperty("items").GetProperty("items")[0].TryGetProperty("item", out _));
        Assert.False(renamed.TryGetProperty("tracks", out _));
        Assert.False(renamed.GetProperty("items").GetProperty("items")[0].TryGetProperty("track", out _));
        Assert.True(renamed.GetProperty("items").GetProperty("items")[0].TryGetProperty("item", out _));
    }

    private static async Task<(int Status, string Body)> SendAsync(string operationId, EmulatorQuotaMode mode)
    {
        var operation = OpenApiSpec.Instance.Operation(operationId);
        await using var h = await EmulatorHarness.StartAsync(quotaMode: mode);
        var (_, response) = await SpecWalkRequests.SendAsync(h, operation);
        using (response)
        {
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    // Every object in the answer, by its "type", that carries a field Spotify withholds from development-mode apps.
    private static List<string> WithheldFieldsIn(JsonElement element, string path = "")
    {
        var found = new List<string>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : null;
                foreach (var property in element.EnumerateObject())
                {
                    if (type is not null && SpotifyDevelopmentMode.Withholds(type, property.Name))
                    {
                        found.Add($"{path}/{property.Name} of a {type}");
                    }

                    found.AddRange(WithheldFieldsIn(property.Value, path + "/" + property.Name));
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    found.AddRange(WithheldFieldsIn(item, $"{path}/{i++}"));
                }

                break;
        }

        return found;
    }
}
