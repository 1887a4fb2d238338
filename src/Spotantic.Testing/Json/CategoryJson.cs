using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Spotantic.Testing.Routing;

namespace Spotantic.Testing.Json;

/// <summary>CategoryObject.</summary>
internal static class CategoryJson
{
    public static void Write(Utf8JsonWriter writer, CatalogCategory category, RenderContext context)
    {
        writer.WriteStartObject();
        writer.WriteString("href", context.ApiBase + "browse/categories/" + Uri.EscapeDataString(category.Id));
        writer.WriteStartArray("icons");
        writer.WriteStartObject();
        writer.WriteString("url", "https://t.scdn.co/media/derived/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(category.Id)))[..32] + "_0_0_275_275.jpg");
        writer.WriteNumber("height", 274);
        writer.WriteNumber("width", 274);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("id", category.Id);
        writer.WriteString("name", category.Name);
        writer.WriteEndObject();
    }
}
