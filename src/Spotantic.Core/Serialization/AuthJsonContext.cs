using System.Text.Json.Serialization;
using Spotantic.Auth;

namespace Spotantic.Serialization;

/// <summary>Source-generated JSON metadata for tokens (token responses and the token cache file).</summary>
[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SpotifyToken))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
