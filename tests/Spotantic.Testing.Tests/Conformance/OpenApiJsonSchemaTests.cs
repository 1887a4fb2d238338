using System.Text.Json;
using System.Text.Json.Nodes;
using Spotantic.Testing.Tests.Support;

namespace Spotantic.Testing.Tests.Conformance;

public sealed class OpenApiJsonSchemaTests
{
    private static readonly JsonObject Components = JsonNode.Parse("""
        {
          "Base": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" }, "href": { "type": "string", "nullable": true } } },
          "Track": { "allOf": [ { "$ref": "#/components/schemas/Base" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["track"] }, "duration_ms": { "type": "integer", "format": "int64" } } } ] },
          "Episode": { "allOf": [ { "$ref": "#/components/schemas/Base" }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["episode"] }, "release_date": { "type": "string", "format": "date-time" } } } ] },
          "Playing": {
            "type": "object",
            "x-spotify-docs-type": "Playing",
            "properties": {
              "item": { "oneOf": [ { "$ref": "#/components/schemas/Track" }, { "$ref": "#/components/schemas/Episode" } ], "discriminator": { "propertyName": "type" } },
              "device": { "allOf": [ { "$ref": "#/components/schemas/Base" } ], "nullable": true },
              "volume": { "type": "integer", "minimum": 0, "maximum": 100, "exclusiveMaximum": true, "example": 5 },
              "extras": { "type": "object", "additionalProperties": true }
            }
          }
        }
        """)!.AsObject();

    [Theory]
    [InlineData("""{"item":{"id":"a","type":"track","duration_ms":1}}""")]
    [InlineData("""{"item":{"id":"a","href":null,"type":"episode","release_date":"2026-01-02T03:04:05Z"},"device":null}""")]
    [InlineData("""{"device":{"id":"d"},"volume":99,"extras":{"anything":[1,2]}}""")]
    public void Validate_ConformingValue_HasNoErrors(string json)
    {
        Assert.Empty(Validate("Playing", json));
    }

    [Theory]
    [InlineData("""{"item":{"type":"track"}}""", "/item", "id")]
    [InlineData("""{"item":{"id":"a","type":"track","misspelt":1}}""", "/item/misspelt", "not declared")]
    [InlineData("""{"item":{"id":"a","type":"audiobook"}}""", "/item/type", "enum")]
    [InlineData("""{"item":{"id":1,"type":"track"}}""", "/item/id", "string")]
    [InlineData("""{"item":{"id":"a","type":"track","duration_ms":1.5}}""", "/item/duration_ms", "integer")]
    [InlineData("""{"item":{"id":"a","type":"episode","release_date":"yesterday"}}""", "/item/release_date", "date-time")]
    [InlineData("""{"item":null}""", "/item", "type")]
    [InlineData("""{"device":{"id":"d","name":"x"}}""", "/device/name", "not declared")]
    [InlineData("""{"volume":100}""", "/volume", "100")]
    [InlineData("""{"undeclared":true}""", "/undeclared", "not declared")]
    public void Validate_NonConformingValue_NamesTheFailingField(string json, string location, string detail)
    {
        var errors = Validate("Playing", json);

        Assert.NotEmpty(errors);
        var prefix = (location.Length == 0 ? "/" : location) + ":";
        Assert.Contains(errors, e => e.StartsWith(prefix, StringComparison.Ordinal) && e.Contains(detail, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Convert_Nullable_AddsNullToTheTypeOrWrapsInAnyOf()
    {
        var typed = OpenApiJsonSchema.Convert(JsonNode.Parse("""{"type":"string","enum":["a"],"nullable":true}""")!, closed: true);
        var untyped = OpenApiJsonSchema.Convert(JsonNode.Parse("""{"allOf":[{"$ref":"#/components/schemas/Base"}],"nullable":true,"description":"d"}""")!, closed: true);

        Assert.Equal("""{"type":["string","null"],"enum":["a",null]}""", typed.ToJsonString());
        Assert.Equal("""{"description":"d","anyOf":[{"type":"null"},{"allOf":[{"$ref":"#/$defs/Base"}],"unevaluatedProperties":false}]}""", untyped.ToJsonString());
    }

    [Fact]
    public void Convert_DescriptionSayingCanBeNull_CountsAsNullable()
    {
        var prose = OpenApiJsonSchema.Convert(JsonNode.Parse("""{"type":"string","description":"The item. Can be `null`."}""")!, closed: true);
        var silent = OpenApiJsonSchema.Convert(JsonNode.Parse("""{"type":"string","description":"The item."}""")!, closed: true);

        Assert.Equal("""["string","null"]""", prose["type"]!.ToJsonString());
        Assert.Equal("\"string\"", silent["type"]!.ToJsonString());
    }

    [Fact]
    public void Convert_DropsOpenApiOnlyKeywordsAndKeepsJsonSchemaOnes()
    {
        var converted = OpenApiJsonSchema.Convert(Components["Playing"]!, closed: false).ToJsonString();

        Assert.DoesNotContain("discriminator", converted, StringComparison.Ordinal);
        Assert.DoesNotContain("x-spotify", converted, StringComparison.Ordinal);
        Assert.DoesNotContain("example", converted, StringComparison.Ordinal);
        Assert.DoesNotContain("nullable", converted, StringComparison.Ordinal);
        Assert.Contains("\"exclusiveMaximum\":100", converted, StringComparison.Ordinal);
        Assert.Contains("\"$ref\":\"#/$defs/Track\"", converted, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecComponents_EveryOneConvertsBuildsAndEvaluates()
    {
        var definitions = OpenApiJsonSchema.ConvertDefinitions(OpenApiSpec.Instance.Schemas);
        var everyOne = new JsonObject
        {
            ["anyOf"] = new JsonArray([.. OpenApiSpec.Instance.Schemas.Select(s => (JsonNode)new JsonObject { ["$ref"] = "#/components/schemas/" + s.Key })]),
        };

        // Evaluating an object that matches nothing walks every definition, so a reference or keyword JsonSchema.Net
        // cannot resolve fails here.
        var errors = OpenApiJsonSchema.Validate(OpenApiJsonSchema.ToDocument(everyOne, definitions), JsonDocument.Parse("[[]]").RootElement);

        Assert.Equal(OpenApiSpec.Instance.Schemas.Count, definitions.Count);
        Assert.NotEmpty(errors);
        Assert.Contains("\"null\"", definitions["PublicUserObject"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("#/components/", definitions.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateComponent_SpecAlbumWithoutARequiredFieldOrWithANullName_ReportsThoseFields()
    {
        var album = JsonNode.Parse("""
            {"album_type":"album","total_tracks":1,"available_markets":["US"],"external_urls":{"spotify":"https://open.spotify.com/album/x"},
             "href":"https://api.spotify.com/v1/albums/x","id":"x","images":[],"name":null,"release_date":"2020","release_date_precision":"year",
             "type":"album","uri":"spotify:album:x","artists":[],"copyrights":[],"external_ids":{},"genres":[],"label":"l","popularity":1}
            """)!;

        var errors = OpenApiJsonSchema.ValidateComponent("AlbumObject", JsonDocument.Parse(album.ToJsonString()).RootElement);

        Assert.Contains(errors, e => e.StartsWith("/:", StringComparison.Ordinal) && e.Contains("tracks", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/name:", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Validate(string schemaName, string json)
    {
        var document = OpenApiJsonSchema.ToDocument(new JsonObject { ["$ref"] = "#/components/schemas/" + schemaName }, OpenApiJsonSchema.ConvertDefinitions(Components));
        return OpenApiJsonSchema.Validate(document, JsonDocument.Parse(json).RootElement);
    }
}
