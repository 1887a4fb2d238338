using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Serialization;
using YamlDotNet.RepresentationModel;

namespace Spotantic.Core.Tests.Models;

/// <summary>
/// Builds JSON documents from the property-level <c>example</c> values of the OpenAPI spec (following <c>$ref</c>,
/// <c>allOf</c> and arrays) and checks that the models read them, and that the models cover the spec's properties.
/// </summary>
public sealed class SpecExampleTests
{
    private static readonly Lazy<OpenApiSpec> LazySpec = new(OpenApiSpec.Load);

    private static OpenApiSpec Spec => LazySpec.Value;

    private const string ImageUrl = "https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228";
    private const string PageHref = "https://api.spotify.com/v1/me/shows?offset=0&limit=20";
    private const string PageLink = "https://api.spotify.com/v1/me/shows?offset=1&limit=1";

    [Fact]
    public void OneAlbum_response_example_deserializes()
    {
        string json = Spec.BuildResponseExample("OneAlbum").ToJsonString();

        Album? album = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Album);

        Assert.NotNull(album);
        AssertAlbumBase(album.AlbumType, album.TotalTracks, album.AvailableMarkets, album.Id, album.Images, album.ReleaseDate, album.ReleaseDatePrecision, album.Uri);
        Assert.Single(album.Artists);
        Assert.NotNull(album.Restrictions);
        Assert.NotNull(album.ExternalUrls);
        Assert.NotNull(album.ExternalIds);
        Assert.Single(album.Copyrights);
        Assert.NotNull(album.Genres);
        Assert.Empty(album.Genres);
        AssertPageExample(album.Tracks);
        SimplifiedTrack track = Assert.Single(album.Tracks.Items);
        Assert.Single(track.Artists);
        Assert.NotNull(track.LinkedFrom);
        Assert.NotNull(track.Restrictions);
    }

    [Fact]
    public void ManyAlbums_response_example_deserializes()
    {
        string json = Spec.BuildResponseExample("ManyAlbums").ToJsonString();

        SeveralAlbums? several = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.SeveralAlbums);

        Assert.NotNull(several);
        Album? album = Assert.Single(several.Albums);
        Assert.NotNull(album);
        Assert.Equal("2up3OPMp9Tb4dAKM2erWXQ", album.Id);
        Assert.Equal(AlbumType.Compilation, album.AlbumType);
        AssertPageExample(album.Tracks);
    }

    [Fact]
    public void PagedAlbums_response_example_deserializes_as_new_releases()
    {
        string json = Spec.BuildResponseExample("PagedAlbums").ToJsonString();

        NewReleases? releases = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.NewReleases);

        Assert.NotNull(releases);
        AssertPageExample(releases.Albums);
        SimplifiedAlbum album = Assert.Single(releases.Albums.Items);
        AssertAlbumBase(album.AlbumType, album.TotalTracks, album.AvailableMarkets, album.Id, album.Images, album.ReleaseDate, album.ReleaseDatePrecision, album.Uri);
        Assert.Single(album.Artists);
    }

    [Fact]
    public void PagingSavedAlbumObject_response_example_deserializes()
    {
        string json = Spec.BuildResponseExample("PagingSavedAlbumObject").ToJsonString();

        Page<SavedAlbum>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PageSavedAlbum);

        Assert.NotNull(page);
        AssertPageExample(page);
        SavedAlbum saved = Assert.Single(page.Items);
        Assert.Equal("2up3OPMp9Tb4dAKM2erWXQ", saved.Album.Id);
        Assert.Equal(9, saved.Album.TotalTracks);
        AssertPageExample(saved.Album.Tracks);
    }

    [Fact]
    public void PagingSimplifiedTrackObject_response_example_deserializes()
    {
        string json = Spec.BuildResponseExample("PagingSimplifiedTrackObject").ToJsonString();

        Page<SimplifiedTrack>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PageSimplifiedTrack);

        Assert.NotNull(page);
        AssertPageExample(page);
        SimplifiedTrack track = Assert.Single(page.Items);
        SimplifiedArtist artist = Assert.Single(track.Artists);
        Assert.NotNull(artist.ExternalUrls);
    }

    [Fact]
    public void PagingSimplifiedAlbumObject_schema_example_deserializes()
    {
        string json = Spec.BuildSchemaExample("PagingSimplifiedAlbumObject").ToJsonString();

        Page<SimplifiedAlbum>? page = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.PageSimplifiedAlbum);

        Assert.NotNull(page);
        AssertPageExample(page);
        Assert.Equal(ReleaseDatePrecision.Year, Assert.Single(page.Items).ReleaseDatePrecision);
    }

    [Fact]
    public void ArrayOfBooleans_response_example_deserializes()
    {
        string json = Spec.BuildResponseExample("ArrayOfBooleans").ToJsonString();

        IReadOnlyList<bool>? values = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.IReadOnlyListBoolean);

        Assert.Equal([false, true], values);
    }

    [Fact]
    public void ImageObject_schema_example_deserializes()
    {
        string json = Spec.BuildSchemaExample("ImageObject").ToJsonString();

        Image? image = JsonSerializer.Deserialize(json, SpotifyJsonContext.Default.Image);

        Assert.NotNull(image);
        Assert.Equal(ImageUrl, image.Url.TrimEnd());
        Assert.Equal(300, image.Height);
        Assert.Equal(300, image.Width);
    }

    [Theory]
    [InlineData("SimplifiedArtistObject")]
    [InlineData("SimplifiedTrackObject")]
    [InlineData("LinkedTrackObject")]
    [InlineData("TrackRestrictionObject")]
    [InlineData("AlbumRestrictionObject")]
    [InlineData("CopyrightObject")]
    [InlineData("ExternalIdObject")]
    [InlineData("ExternalUrlObject")]
    [InlineData("SavedAlbumObject")]
    [InlineData("SimplifiedAlbumObject")]
    public void Schema_example_deserializes_without_error(string schemaName)
    {
        string json = Spec.BuildSchemaExample(schemaName).ToJsonString();

        object? value = JsonSerializer.Deserialize(json, ModelFor(schemaName));

        Assert.NotNull(value);
    }

    [Theory]
    [InlineData("AlbumObject")]
    [InlineData("SimplifiedAlbumObject")]
    [InlineData("SavedAlbumObject")]
    [InlineData("SimplifiedArtistObject")]
    [InlineData("SimplifiedTrackObject")]
    [InlineData("LinkedTrackObject")]
    [InlineData("TrackRestrictionObject")]
    [InlineData("AlbumRestrictionObject")]
    [InlineData("ImageObject")]
    [InlineData("ExternalUrlObject")]
    [InlineData("ExternalIdObject")]
    [InlineData("CopyrightObject")]
    [InlineData("PagingSimplifiedTrackObject")]
    [InlineData("PagingSavedAlbumObject")]
    [InlineData("PagingSimplifiedAlbumObject")]
    public void Model_has_exactly_the_spec_properties_and_deprecated_ones_are_nullable(string schemaName)
    {
        IReadOnlyDictionary<string, SchemaProperty> specProperties = Spec.GetProperties(schemaName);
        JsonTypeInfo typeInfo = ModelFor(schemaName);
        Dictionary<string, JsonPropertyInfo> modelProperties = typeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

        Assert.NotEmpty(specProperties);
        Assert.Equal(specProperties.Keys.Order(StringComparer.Ordinal), modelProperties.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, SchemaProperty property) in specProperties)
        {
            if (property.Deprecated || property.Nullable)
            {
                Assert.True(modelProperties[name].IsGetNullable, $"{schemaName}.{name} is deprecated or nullable in the spec but not nullable in {typeInfo.Type.Name}.");
            }
        }
    }

    [Fact]
    public void Spec_enums_are_known_values()
    {
        Assert.Equal(
            [AlbumType.Album.Value, AlbumType.Single.Value, AlbumType.Compilation.Value],
            Spec.GetEnum("AlbumBase", "album_type"));
        Assert.Equal(
            [ReleaseDatePrecision.Year.Value, ReleaseDatePrecision.Month.Value, ReleaseDatePrecision.Day.Value],
            Spec.GetEnum("AlbumBase", "release_date_precision"));
        Assert.Equal(
            [RestrictionReason.Market.Value, RestrictionReason.Product.Value, RestrictionReason.Explicit.Value],
            Spec.GetEnum("AlbumRestrictionObject", "reason"));
    }

    private static void AssertAlbumBase(
        AlbumType albumType,
        int totalTracks,
        IReadOnlyList<string>? availableMarkets,
        string id,
        IReadOnlyList<Image> images,
        string releaseDate,
        ReleaseDatePrecision precision,
        string uri)
    {
        Assert.Equal(AlbumType.Compilation, albumType);
        Assert.Equal(9, totalTracks);
        Assert.Equal(["CA", "BR", "IT"], availableMarkets);
        Assert.Equal("2up3OPMp9Tb4dAKM2erWXQ", id);
        Image image = Assert.Single(images);
        Assert.Equal(ImageUrl, image.Url.TrimEnd());
        Assert.Equal(300, image.Height);
        Assert.Equal(300, image.Width);
        Assert.Equal("1981-12", releaseDate);
        Assert.Equal(ReleaseDatePrecision.Year, precision);
        Assert.Equal("spotify:album:2up3OPMp9Tb4dAKM2erWXQ", uri);
    }

    private static void AssertPageExample<T>(Page<T> page)
    {
        Assert.Equal(PageHref, page.Href.TrimEnd());
        Assert.Equal(20, page.Limit);
        Assert.Equal(0, page.Offset);
        Assert.Equal(4, page.Total);
        Assert.Equal(PageLink, page.Next);
        Assert.Equal(PageLink, page.Previous);
        Assert.Single(page.Items);
    }

    private static JsonTypeInfo ModelFor(string schemaName) => schemaName switch
    {
        "AlbumObject" => SpotifyJsonContext.Default.Album,
        "SimplifiedAlbumObject" => SpotifyJsonContext.Default.SimplifiedAlbum,
        "SavedAlbumObject" => SpotifyJsonContext.Default.SavedAlbum,
        "SimplifiedArtistObject" => SpotifyJsonContext.Default.SimplifiedArtist,
        "SimplifiedTrackObject" => SpotifyJsonContext.Default.SimplifiedTrack,
        "LinkedTrackObject" => SpotifyJsonContext.Default.LinkedTrack,
        "TrackRestrictionObject" or "AlbumRestrictionObject" => SpotifyJsonContext.Default.Restrictions,
        "ImageObject" => SpotifyJsonContext.Default.Image,
        "ExternalUrlObject" => SpotifyJsonContext.Default.ExternalUrls,
        "ExternalIdObject" => SpotifyJsonContext.Default.ExternalIds,
        "CopyrightObject" => SpotifyJsonContext.Default.Copyright,
        "PagingSimplifiedTrackObject" => SpotifyJsonContext.Default.PageSimplifiedTrack,
        "PagingSavedAlbumObject" => SpotifyJsonContext.Default.PageSavedAlbum,
        "PagingSimplifiedAlbumObject" => SpotifyJsonContext.Default.PageSimplifiedAlbum,
        _ => throw new ArgumentOutOfRangeException(nameof(schemaName), schemaName, "No model mapped for this schema."),
    };

    /// <summary>A property of a schema, with the flags the models must honour.</summary>
    private sealed record SchemaProperty(bool Deprecated, bool Nullable);

    /// <summary>A minimal reader of the OpenAPI document's schemas and examples.</summary>
    private sealed class OpenApiSpec
    {
        private const int MaxDepth = 64;
        private readonly YamlMappingNode _root;

        private OpenApiSpec(YamlMappingNode root) => _root = root;

        public static OpenApiSpec Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "spec", "spotify-web-api.openapi.yml");
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            return new OpenApiSpec((YamlMappingNode)stream.Documents[0].RootNode);
        }

        public JsonNode BuildSchemaExample(string schemaName)
            => BuildExample(GetSchema(schemaName), 0) ?? throw new InvalidOperationException($"Schema {schemaName} has no example.");

        public JsonNode BuildResponseExample(string responseName)
        {
            YamlMappingNode response = Mapping(Mapping(Mapping(_root, "components"), "responses"), responseName);
            YamlMappingNode schema = Mapping(Mapping(Mapping(response, "content"), "application/json"), "schema");
            return BuildExample(schema, 0) ?? throw new InvalidOperationException($"Response {responseName} has no example.");
        }

        public Dictionary<string, SchemaProperty> GetProperties(string schemaName)
        {
            var properties = new Dictionary<string, SchemaProperty>(StringComparer.Ordinal);
            CollectProperties(GetSchema(schemaName), properties, 0);
            return properties;
        }

        public List<string> GetEnum(string schemaName, string propertyName)
        {
            YamlMappingNode property = Mapping(Mapping(GetSchema(schemaName), "properties"), propertyName);
            return ((YamlSequenceNode)property.Children[new YamlScalarNode("enum")]).Children
                .Select(node => ((YamlScalarNode)node).Value ?? "")
                .ToList();
        }

        private YamlMappingNode GetSchema(string name) => Mapping(Mapping(Mapping(_root, "components"), "schemas"), name);

        private YamlMappingNode Resolve(YamlMappingNode schema)
        {
            if (Scalar(schema, "$ref") is { } reference)
            {
                const string Prefix = "#/components/schemas/";
                Assert.StartsWith(Prefix, reference, StringComparison.Ordinal);
                return GetSchema(reference[Prefix.Length..]);
            }

            return schema;
        }

        private void CollectProperties(YamlMappingNode schema, Dictionary<string, SchemaProperty> properties, int depth)
        {
            Assert.True(depth < MaxDepth, "Schema nesting too deep.");
            schema = Resolve(schema);
            if (TryGet(schema, "allOf") is YamlSequenceNode allOf)
            {
                foreach (YamlMappingNode part in allOf.Children.Cast<YamlMappingNode>())
                {
                    CollectProperties(part, properties, depth + 1);
                }
            }

            if (TryGet(schema, "properties") is YamlMappingNode own)
            {
                foreach ((YamlNode key, YamlNode value) in own.Children)
                {
                    var property = (YamlMappingNode)value;
                    properties[((YamlScalarNode)key).Value!] = new SchemaProperty(
                        Deprecated: Scalar(property, "deprecated") == "true",
                        Nullable: Scalar(property, "nullable") == "true");
                }
            }
        }

        private JsonNode? BuildExample(YamlMappingNode schema, int depth)
        {
            Assert.True(depth < MaxDepth, "Schema nesting too deep.");
            schema = Resolve(schema);
            string? type = Scalar(schema, "type");

            if (TryGet(schema, "example") is { } example)
            {
                return ConvertExample(example, type, TryGet(schema, "items") as YamlMappingNode);
            }

            if (type == "array")
            {
                JsonNode? item = TryGet(schema, "items") is YamlMappingNode items ? BuildExample(items, depth + 1) : null;
                return item is null ? null : new JsonArray(item);
            }

            JsonObject? result = null;
            if (TryGet(schema, "allOf") is YamlSequenceNode allOf)
            {
                foreach (YamlMappingNode part in allOf.Children.Cast<YamlMappingNode>())
                {
                    JsonNode? built = BuildExample(part, depth + 1);
                    if (built is JsonObject builtObject)
                    {
                        result ??= [];
                        foreach ((string key, JsonNode? value) in builtObject.ToList())
                        {
                            builtObject.Remove(key);
                            result[key] = value;
                        }
                    }
                    else if (built is not null)
                    {
                        return built;
                    }
                }
            }

            if (TryGet(schema, "properties") is YamlMappingNode properties)
            {
                result ??= [];
                foreach ((YamlNode key, YamlNode value) in properties.Children)
                {
                    JsonNode? built = BuildExample((YamlMappingNode)value, depth + 1);
                    if (built is not null)
                    {
                        result[((YamlScalarNode)key).Value!] = built;
                    }
                }
            }

            return result ?? (type == "object" ? new JsonObject() : null);
        }

        private static JsonNode? ConvertExample(YamlNode example, string? type, YamlMappingNode? itemsSchema)
        {
            switch (example)
            {
                case YamlSequenceNode sequence:
                    string? itemType = itemsSchema is null ? null : Scalar(itemsSchema, "type");
                    return new JsonArray(sequence.Children.Select(child => ConvertExample(child, itemType, null)).ToArray());
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach ((YamlNode key, YamlNode value) in mapping.Children)
                    {
                        obj[((YamlScalarNode)key).Value!] = ConvertExample(value, null, null);
                    }

                    return obj;
                case YamlScalarNode scalar:
                    string text = scalar.Value ?? "";
                    bool plain = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain;
                    return type switch
                    {
                        "integer" => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
                        "number" => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
                        "boolean" => JsonValue.Create(bool.Parse(text)),
                        "string" => JsonValue.Create(text),
                        _ when plain && text is "null" or "~" => null,
                        _ when plain && bool.TryParse(text, out bool boolean) => JsonValue.Create(boolean),
                        _ when plain && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer) => JsonValue.Create(integer),
                        _ when plain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) => JsonValue.Create(number),
                        _ => JsonValue.Create(text),
                    };
                default:
                    throw new NotSupportedException($"Unexpected YAML node {example.NodeType}.");
            }
        }

        private static YamlNode? TryGet(YamlMappingNode node, string key)
            => node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

        private static string? Scalar(YamlMappingNode node, string key) => (TryGet(node, key) as YamlScalarNode)?.Value;

        private static YamlMappingNode Mapping(YamlMappingNode node, string key)
            => TryGet(node, key) as YamlMappingNode ?? throw new KeyNotFoundException($"Missing mapping '{key}' in the spec.");
    }
}
