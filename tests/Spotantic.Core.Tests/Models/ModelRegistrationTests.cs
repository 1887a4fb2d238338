using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Spotantic.Models;
using Spotantic.Serialization;

namespace Spotantic.Core.Tests.Models;

public sealed class ModelRegistrationTests
{
    private static readonly Type[] PublicModelTypes = typeof(Album).Assembly.GetExportedTypes()
        .Where(type => type.Namespace == "Spotantic.Models" && !type.IsInterface && !type.IsGenericTypeDefinition)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> ModelTypes() => [.. PublicModelTypes];

    [Fact]
    public void GetExportedTypes_ModelsNamespace_HasEveryGroupsModels()
    {
        Assert.Contains(typeof(Track), PublicModelTypes);
        Assert.Contains(typeof(PlaybackState), PublicModelTypes);
        Assert.Contains(typeof(StartPlaybackBody), PublicModelTypes);
        Assert.True(PublicModelTypes.Length >= 100, $"Only {PublicModelTypes.Length} model types found.");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void GetTypeInfo_PublicModelType_IsRegisteredUnderItsOwnName(Type type)
    {
        JsonTypeInfo? typeInfo = SpotifyJsonContext.Default.GetTypeInfo(type);
        PropertyInfo? named = typeof(SpotifyJsonContext).GetProperty(type.Name, BindingFlags.Public | BindingFlags.Instance);

        Assert.NotNull(typeInfo);
        Assert.Equal(type, typeInfo.Type);
        Assert.NotNull(named);
        Assert.Same(typeInfo, named.GetValue(SpotifyJsonContext.Default));
    }

    [Fact]
    public void GetTypeInfo_GenericModels_AreRegisteredForEveryItemTypeUsed()
    {
        Type[] pages =
        [
            typeof(Page<SimplifiedTrack>), typeof(Page<SavedAlbum>), typeof(Page<SimplifiedAlbum>), typeof(Page<ArtistDiscographyAlbum>),
            typeof(Page<SavedTrack>), typeof(Page<Track>), typeof(Page<SimplifiedEpisode>), typeof(Page<SavedShow>), typeof(Page<SimplifiedShow>),
            typeof(Page<SavedEpisode>), typeof(Page<SimplifiedChapter>), typeof(Page<SavedAudiobook>), typeof(Page<SimplifiedAudiobook>),
            typeof(Page<PlaylistItem>), typeof(Page<SimplifiedPlaylist>), typeof(Page<Artist>), typeof(Page<Category>),
            typeof(CursorPage<PlayHistory>), typeof(CursorPage<Artist>), typeof(IReadOnlyList<bool>), typeof(IReadOnlyList<Image>),
        ];

        Assert.All(pages, type =>
        {
            string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] switch
            {
                "IReadOnlyList" => "IReadOnlyList" + (type.GetGenericArguments()[0] == typeof(bool) ? "Boolean" : type.GetGenericArguments()[0].Name),
                string outer => outer + type.GetGenericArguments()[0].Name,
            };
            Assert.Same(SpotifyJsonContext.Default.GetTypeInfo(type), typeof(SpotifyJsonContext).GetProperty(name)?.GetValue(SpotifyJsonContext.Default));
        });
    }

    [Fact]
    public void Records_PublicModelTypes_AreSealedRecordsOrStringValues()
    {
        foreach (Type type in PublicModelTypes)
        {
            bool isRecord = type.GetMethod("<Clone>$") is not null;
            bool isStringValue = type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpotifyStringValue<>));
            Assert.True(isRecord || isStringValue, $"{type.Name} is neither a record nor a string value.");
            Assert.True(type.IsSealed || type == typeof(PlayableItem), $"{type.Name} is not sealed.");
        }
    }
}
