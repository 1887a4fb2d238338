using System.Net;
using CsCheck;
using Spotantic.Exceptions;
using Spotantic.Fuzz.Tests.Support;
using Spotantic.Http;

namespace Spotantic.Fuzz.Tests.Serialization;

/// <summary>
/// Real response bodies, mutated, read through the client's connection: the caller gets either a model that is safe to use
/// (no non-nullable property holds null) or a <see cref="SpotifyInvalidResponseException"/>. No other exception escapes.
/// </summary>
public sealed class ResponsePropertyTests(EmulatorPayloads payloads) : IClassFixture<EmulatorPayloads>
{
    private static readonly Uri ApiBase = new("https://api.spotify.com/v1/");

    [Fact]
    public async Task SendAsync_MutatedRealPayloads_ReturnNullSafeModelsOrInvalidResponse()
    {
        Assert.NotEmpty(payloads.Payloads);
        var cases = new CaseCounter();
        var invalid = new CaseCounter();
        var gen = Gen.Select(Gen.Int[0, payloads.Payloads.Count - 1], Gen.Int);

        await gen.SampleAsync(async (index, seed) =>
        {
            cases.Increment();
            var payload = payloads.Payloads[index];
            var body = JsonMutator.Mutate(payload.Body, seed);
            using var http = new HttpClient(new FixedResponseHandler(HttpStatusCode.OK, body));
            var connection = new SpotifyApiConnection(() => http, ApiBase, TimeProvider.System);

            object data;
            try
            {
                data = await payload.Read(connection);
            }
            catch (SpotifyInvalidResponseException)
            {
                invalid.Increment();
                return;
            }

            var violations = NullSafety.FindNullViolations(data);
            Assert.True(violations.Count == 0, $"{payload.Name} (seed {seed}): null in non-nullable {string.Join(", ", violations)}");
        }, iter: FuzzGenerators.Iterations);

        Assert.True(cases.Count >= FuzzGenerators.Iterations, $"ran {cases.Count} cases");
        // The mutations must really break bodies some of the time, or the property proves little.
        Assert.InRange(invalid.Count, 1, cases.Count - 1);
    }

    [Fact]
    public async Task SendAsync_UnmutatedRealPayloads_ReadWithoutNulls()
    {
        foreach (var payload in payloads.Payloads)
        {
            using var http = new HttpClient(new FixedResponseHandler(HttpStatusCode.OK, payload.Body));
            var data = await payload.Read(new SpotifyApiConnection(() => http, ApiBase, TimeProvider.System));
            Assert.Empty(NullSafety.FindNullViolations(data));
        }
    }
}
