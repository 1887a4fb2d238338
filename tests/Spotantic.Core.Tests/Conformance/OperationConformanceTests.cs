using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Spotantic.Core.Tests.TestSupport;
using Spotantic.Http;
using Spotantic.Requests;

namespace Spotantic.Core.Tests.Conformance;

/// <summary>
/// Proves, group by group (the spec's first tag), that every operation of the OpenAPI spec has exactly one request
/// record and one primary client method, and that each record agrees with the spec: method, path, deprecation,
/// limits and scopes. Every failure lists the operation ids and methods that are missing or wrong.
/// </summary>
public sealed partial class OperationConformanceTests
{
    /// <summary>
    /// Every item-count maximum the spec states, with the spec's words. The spec has no <c>maxItems</c> on these
    /// parameters, only prose; <see cref="ItemMaxima_Table_MatchesEveryMaximumTheSpecStates"/> checks this table
    /// against that prose in both directions, so it cannot drift from the spec.
    /// </summary>
    private static readonly ItemMaximum[] ItemMaxima =
    [
        new("get-multiple-albums", "query:ids", 20, "Maximum: 20 IDs"),
        new("get-multiple-artists", "query:ids", 50, "Maximum: 50 IDs"),
        new("get-multiple-shows", "query:ids", 50, "Maximum: 50 IDs"),
        new("get-multiple-episodes", "query:ids", 50, "Maximum: 50 IDs"),
        new("get-multiple-audiobooks", "query:ids", 50, "Maximum: 50 IDs"),
        new("save-audiobooks-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("remove-audiobooks-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("check-users-saved-audiobooks", "query:ids", 50, "Maximum: 50 IDs"),
        new("get-several-chapters", "query:ids", 50, "Maximum: 50 IDs"),
        new("get-several-tracks", "query:ids", 50, "Maximum: 50 IDs"),
        new("add-tracks-to-playlist", "query:uris", 100, "A maximum of 100 items can be added in one request"),
        new("add-tracks-to-playlist", "body:uris", 100, "A maximum of 100 items can be added in one request"),
        new("reorder-or-replace-playlists-tracks", "query:uris", 100, "A maximum of 100 items can be set in one request"),
        new("remove-tracks-playlist", "body:tracks", 100, "A maximum of 100 objects can be sent at once"),
        new("add-items-to-playlist", "query:uris", 100, "A maximum of 100 items can be added in one request"),
        new("add-items-to-playlist", "body:uris", 100, "A maximum of 100 items can be added in one request"),
        new("reorder-or-replace-playlists-items", "query:uris", 100, "A maximum of 100 items can be set in one request"),
        new("remove-items-playlist", "body:items", 100, "A maximum of 100 objects can be sent at once"),
        new("save-library-items", "query:uris", 40, "Maximum: 40 URIs"),
        new("remove-library-items", "query:uris", 40, "Maximum: 40 URIs"),
        new("check-library-contains", "query:uris", 40, "Maximum: 40 URIs"),
        new("save-albums-user", "query:ids", 20, "Maximum: 20 IDs"),
        new("save-albums-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("remove-albums-user", "query:ids", 20, "Maximum: 20 IDs"),
        new("remove-albums-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("check-users-saved-albums", "query:ids", 20, "Maximum: 20 IDs"),
        new("save-tracks-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("save-tracks-user", "body:timestamped_ids", 50, "A maximum of 50 items can be specified in one request"),
        new("remove-tracks-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("remove-tracks-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("check-users-saved-tracks", "query:ids", 50, "Maximum: 50 IDs"),
        new("save-episodes-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("save-episodes-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("remove-episodes-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("remove-episodes-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("check-users-saved-episodes", "query:ids", 50, "Maximum: 50 IDs"),
        new("save-shows-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("save-shows-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("remove-shows-user", "query:ids", 50, "Maximum: 50 IDs"),
        new("remove-shows-user", "body:ids", 50, "A maximum of 50 items can be specified in one request"),
        new("check-users-saved-shows", "query:ids", 50, "Maximum: 50 IDs"),
        new("follow-artists-users", "query:ids", 50, "A maximum of 50 IDs can be sent in one request"),
        new("follow-artists-users", "body:ids", 50, "A maximum of 50 IDs can be sent in one request"),
        new("unfollow-artists-users", "query:ids", 50, "A maximum of 50 IDs can be sent in one request"),
        new("unfollow-artists-users", "body:ids", 50, "A maximum of 50 IDs can be sent in one request"),
        new("check-current-user-follows", "query:ids", 50, "A maximum of 50 IDs can be sent in one request"),
        new("check-if-user-follows-playlist", "query:ids", 1, "Maximum: 1 id"),
        new("get-several-audio-features", "query:ids", 100, "Maximum: 100 IDs"),

        // Not phrased as a maximum, so the reverse check below cannot find it; the quote is still checked.
        new("transfer-a-users-playback", "body:device_ids", 1, "only a single device_id is currently supported"),
    ];

    /// <summary>The constants a record may declare for its item-count maximum.</summary>
    private static readonly string[] ItemMaximumConstants = ["MaxIds", "MaxUris", "MaxItems", "MaxTracks"];

    public static TheoryData<string> Groups() => SpotanticSurface.Groups();

    [Fact]
    public void SpecGroups_EveryFirstTag_HasAClientInterface()
    {
        var missing = SpotanticSurface.SpecGroups.Where(group => SpotanticSurface.ClientFor(group) is null).ToArray();

        Assert.Equal(97, SpotifyOpenApiDocument.Instance.Operations.Count);
        Assert.True(missing.Length == 0, $"No I<Group>Client interface for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void AllOperations_EverySpecOperation_HasARecordAndAPrimaryClientMethod()
    {
        var missing = SpotifyOpenApiDocument.Instance.Operations
            .Where(operation => SpotanticSurface.RecordsFor(operation.Id) is not [var record]
                || SpotanticSurface.ClientMethods.Count(method => method.Kind == ClientMethodKind.Primary && method.RequestType == record.Type) != 1)
            .ToArray();
        var byGroup = missing
            .GroupBy(operation => operation.Tags[0])
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{group.Key} ({group.Count()}): {string.Join(", ", group.Select(operation => operation.Id))}");

        Assert.True(
            missing.Length == 0,
            $"{missing.Length} of {SpotifyOpenApiDocument.Instance.Operations.Count} spec operations lack a request record or exactly one primary client method:\n{string.Join("\n", byGroup)}");
    }

    [Fact]
    public void RequestRecords_EveryRecord_HasADefinitionNamingOneSpecOperation()
    {
        var problems = new List<string>();
        foreach (var record in SpotanticSurface.Records)
        {
            if (record.Definition is null)
            {
                problems.Add($"{record.Type.Name}: no public static SpotifyOperation Definition");
            }
            else if (SpotanticSurface.GroupOf(record.Definition.Id) is null)
            {
                problems.Add($"{record.Type.Name}: Definition names '{record.Definition.Id}', which the spec does not have");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void RequestRecords_GroupOperations_EachHaveExactlyOneRecord(string group)
    {
        var problems = new List<string>();
        foreach (var operation in SpotanticSurface.SpecOperationsOf(group))
        {
            var records = SpotanticSurface.RecordsFor(operation.Id);
            if (records.Count == 0)
            {
                problems.Add($"missing: {operation.Id} ({operation.Method} {operation.Path})");
            }
            else if (records.Count > 1)
            {
                problems.Add($"{operation.Id}: {records.Count} records ({string.Join(", ", records)})");
            }
        }

        AssertNoProblems(group, "request records", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Definitions_GroupRecords_MatchSpecMethodPathAndDeprecation(string group)
    {
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            var definition = record.Definition!;
            if (definition.Method != operation.Method)
            {
                list.Add($"{operation.Id}: {record} says {definition.Method}, the spec {operation.Method}");
            }

            if (definition.PathTemplate != operation.Path)
            {
                list.Add($"{operation.Id}: {record} says path '{definition.PathTemplate}', the spec '{operation.Path}'");
            }

            if (definition.IsDeprecated != operation.IsDeprecated)
            {
                list.Add($"{operation.Id}: {record} says IsDeprecated={definition.IsDeprecated}, the spec deprecated={operation.IsDeprecated}");
            }
        });

        AssertNoProblems(group, "definitions", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void RequestRecords_GroupRecords_LiveInTheGroupsFolderAndNamespace(string group)
    {
        var folder = Path.Combine(SourceRoot(), "src", "Spotantic.Core", "Requests", group);
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            if (record.Type.Namespace != typeof(SpotifyRequest).Namespace)
            {
                list.Add($"{operation.Id}: {record} is in namespace {record.Type.Namespace}, not {typeof(SpotifyRequest).Namespace}");
            }

            if (!File.Exists(Path.Combine(folder, record.Type.Name + ".cs")))
            {
                var actual = Directory.GetFiles(Path.Combine(SourceRoot(), "src", "Spotantic.Core", "Requests"), record.Type.Name + ".cs", SearchOption.AllDirectories);
                list.Add($"{operation.Id}: {record} is not in Requests/{group}/{record.Type.Name}.cs (found: {(actual.Length == 0 ? "nowhere" : string.Join(", ", actual.Select(path => Path.GetRelativePath(SourceRoot(), path))))})");
            }
        });

        AssertNoProblems(group, "record locations", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void ClientMethods_GroupOperations_EachHaveExactlyOnePrimaryMethodOnTheGroupsClient(string group)
    {
        var client = SpotanticSurface.ClientFor(group);
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            var primaries = SpotanticSurface.ClientMethods.Where(method => method.Kind == ClientMethodKind.Primary && method.RequestType == record.Type).ToArray();
            if (primaries.Length == 0)
            {
                list.Add($"missing: {operation.Id} has no I{group}Client method taking {record} and returning Task<SpotifyResult<{record}, ...>>");
            }
            else if (primaries.Length > 1)
            {
                list.Add($"{operation.Id}: {primaries.Length} primary methods ({string.Join("; ", primaries.AsEnumerable())})");
            }
            else if (primaries[0].Client != client)
            {
                list.Add($"{operation.Id}: its primary method {primaries[0]} is on {primaries[0].Client.Name}, not I{group}Client");
            }
        });

        if (client is null)
        {
            problems.Add($"no I{group}Client interface");
        }
        else
        {
            foreach (var method in SpotanticSurface.ClientMethods.Where(method => method.Client == client))
            {
                var operationGroup = method.OperationId is null ? null : SpotanticSurface.GroupOf(method.OperationId);
                if (method.Kind == ClientMethodKind.Unmapped)
                {
                    problems.Add($"{method}: serves no operation (it neither takes a request record nor returns Task<SpotifyResult<TRequest, ...>>, nor is an Enumerate*Async taking a request record)");
                }
                else if (operationGroup is null)
                {
                    problems.Add($"{method}: its request {method.RequestType!.Name} has no Definition naming a spec operation");
                }
                else if (operationGroup != group)
                {
                    problems.Add($"{method}: serves {method.OperationId}, an operation of group {operationGroup}");
                }
            }
        }

        AssertNoProblems(group, "client methods", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Limits_GroupRecords_MatchSpecMaxima(string group)
    {
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            var specLimit = operation.Parameters.SingleOrDefault(parameter => parameter.Name == "limit")?.Maximum;
            var maxLimit = SpotanticSurface.IntConstant(record.Type, "MaxLimit");
            if (specLimit is not null && maxLimit != specLimit)
            {
                list.Add($"{operation.Id}: {record}.MaxLimit is {maxLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}, the spec's limit maximum is {specLimit}");
            }
            else if (specLimit is null && maxLimit is not null)
            {
                list.Add($"{operation.Id}: {record}.MaxLimit is {maxLimit}, but the spec gives no limit maximum");
            }

            CheckItemMaximum(operation, record, list);
        });

        AssertNoProblems(group, "limits", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Limits_GroupRecords_ValidateEnforcesMaxLimit(string group)
    {
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            if (SpotanticSurface.IntConstant(record.Type, "MaxLimit") is not { } max)
            {
                return;
            }

            SpotifyRequest sample;
            try
            {
                sample = RequestFactory.Create(record.Type);
            }
            catch (RequestFactoryException exception)
            {
                list.Add($"{operation.Id}: cannot check Limit: {exception.Message}");
                return;
            }

            // A constant that matches the spec proves nothing unless Validate() enforces it.
            var above = RequestFactory.TryValidate(RequestFactory.With(sample, "Limit", max + 1));
            if (above is null)
            {
                list.Add($"{operation.Id}: {record}.Validate() accepts Limit = {max + 1}, above MaxLimit {max}");
            }
            else if (above.ParamName != "Limit")
            {
                list.Add($"{operation.Id}: {record}.Validate() rejects Limit = {max + 1} but names '{above.ParamName}', not 'Limit'");
            }

            if (RequestFactory.TryValidate(RequestFactory.With(sample, "Limit", max)) is { } atMax)
            {
                list.Add($"{operation.Id}: {record}.Validate() rejects Limit = MaxLimit ({max}): {atMax.Message}");
            }
        });

        AssertNoProblems(group, "limit validation", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Scopes_GroupRecords_DemandOnlyWhatTheSpecListsAndNotLess(string group)
    {
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            var specScopes = new HashSet<string>(operation.Scopes, StringComparer.Ordinal);
            CheckScopes($"{operation.Id}: {record}.Definition.Scopes", record.Definition!.Scopes, specScopes, list);

            SpotifyRequest sample;
            try
            {
                sample = RequestFactory.Create(record.Type);
            }
            catch (RequestFactoryException exception)
            {
                list.Add($"{operation.Id}: cannot check RequiredScopes: {exception.Message}");
                return;
            }

            CheckScopes($"{operation.Id}: {record}.RequiredScopes", sample.RequiredScopes, specScopes, list);
            CheckScopesDemanded($"{operation.Id}: {record}.RequiredScopes", operation, sample.RequiredScopes, list);

            // Records whose scopes depend on their URIs (the /me/library operations) are checked for every URI type.
            if (record.Type.GetProperty("Uris")?.PropertyType is { } urisType && urisType.IsAssignableFrom(typeof(string[])))
            {
                foreach (var uriType in UriTypes)
                {
                    var variant = RequestFactory.With(sample, "Uris", new[] { UriOf(uriType) });
                    if (RequestFactory.TryValidate(variant) is null)
                    {
                        CheckScopes($"{operation.Id}: {record}.RequiredScopes for a {uriType} URI", variant.RequiredScopes, specScopes, list);
                    }
                }
            }
        });

        AssertNoProblems(group, "scopes", problems);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Obsolete_GroupClientMethods_MarkExactlyTheDeprecatedOperations(string group)
    {
        var problems = ForEachOperation(group, (operation, record, list) =>
        {
            var methods = SpotanticSurface.ClientMethods.Where(method => method.RequestType == record.Type).ToArray();
            if (methods.Length == 0)
            {
                list.Add($"missing: {operation.Id} has no client method");
            }

            foreach (var method in methods)
            {
                var obsolete = method.Method.GetCustomAttribute<ObsoleteAttribute>();
                if (operation.IsDeprecated && string.IsNullOrWhiteSpace(obsolete?.Message))
                {
                    list.Add($"{method}: {operation.Id} is deprecated, but the method has {(obsolete is null ? "no [Obsolete]" : "[Obsolete] without a message")}");
                }
                else if (!operation.IsDeprecated && obsolete is not null)
                {
                    list.Add($"{method}: {operation.Id} is current, but the method is [Obsolete]");
                }
            }
        });

        AssertNoProblems(group, "[Obsolete] marks", problems);
    }

    [Fact]
    public void ItemMaxima_Table_MatchesEveryMaximumTheSpecStates()
    {
        var problems = new List<string>();
        foreach (var entry in ItemMaxima)
        {
            var texts = SpecItemTexts.For(entry.OperationId);
            if (!texts.TryGetValue(entry.Location, out var text))
            {
                problems.Add($"{entry.OperationId}: the spec has no {entry.Location}");
            }
            else if (!text.Contains(entry.Quote, StringComparison.Ordinal))
            {
                problems.Add($"{entry.OperationId} {entry.Location}: the spec no longer says \"{entry.Quote}\" (it says: {text.Trim()})");
            }
        }

        // The other direction: every maximum stated on an ID/URI list of the spec is in the table.
        foreach (var operation in SpotifyOpenApiDocument.Instance.Operations)
        {
            foreach (var (location, text) in SpecItemTexts.For(operation.Id))
            {
                var name = location[(location.IndexOf(':', StringComparison.Ordinal) + 1)..];
                if (name is not ("ids" or "uris" or "items" or "tracks" or "timestamped_ids") || StatedMaximum().Match(text) is not { Success: true } match)
                {
                    continue;
                }

                var figure = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (!ItemMaxima.Any(entry => entry.OperationId == operation.Id && entry.Location == location && entry.Max == figure))
                {
                    problems.Add($"{operation.Id} {location}: the spec states a maximum of {figure} that the table lacks");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    internal static string SourceRoot([CallerFilePath] string thisFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(thisFile), AppContext.BaseDirectory })
        {
            for (var directory = start is null ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Spotantic.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("The source tree (the folder holding Spotantic.sln) was not found above the test source or output folder.");
    }

    private static readonly string[] UriTypes = ["track", "album", "episode", "show", "audiobook", "artist", "user", "playlist"];

    internal static string UriOf(string uriType) => uriType == "user" ? "spotify:user:smedjan" : $"spotify:{uriType}:{RequestFactory.ValidId}";

    private static void CheckScopes(string subject, ScopeRequirement requirement, HashSet<string> specScopes, List<string> problems)
    {
        // A token holding exactly the spec's scopes must pass: the check must never block a call Spotify serves.
        var missing = requirement.GetMissing(specScopes);
        if (missing.Count > 0)
        {
            var demanded = requirement.Scopes.Where(scope => requirement.GetMissing(new HashSet<string>(requirement.Scopes.Where(other => other != scope), StringComparer.Ordinal)).Count > 0);
            problems.Add($"{subject} ({requirement}) is not met by the spec's scopes [{string.Join(" ", specScopes.Order(StringComparer.Ordinal))}]; it demands [{string.Join(" ", demanded.Where(scope => !specScopes.Contains(scope)))}] which the spec does not list");
        }
    }

    private static void CheckScopesDemanded(string subject, SpecOperation operation, ScopeRequirement requirement, List<string> problems)
    {
        // The other direction: a token with no scopes must fail the check wherever Spotify would refuse it, unless the
        // operation is a documented relaxation.
        if (operation.Scopes.Count == 0 || ScopeRelaxationTests.NoScopeOperationIds.Contains(operation.Id, StringComparer.Ordinal))
        {
            return;
        }

        if (requirement.GetMissing(new HashSet<string>(StringComparer.Ordinal)).Count == 0)
        {
            problems.Add($"{subject} ({requirement}) is met by a token with no scopes, but the spec requires [{string.Join(" ", operation.Scopes.Order(StringComparer.Ordinal))}] and {operation.Id} is not a documented no-scope operation");
        }
    }

    private static void CheckItemMaximum(SpecOperation operation, RequestRecord record, List<string> problems)
    {
        var declared = ItemMaximumConstants
            .Select(name => (Name: name, Value: SpotanticSurface.IntConstant(record.Type, name)))
            .Where(constant => constant.Value is not null)
            .Select(constant => (constant.Name, Value: constant.Value!.Value))
            .ToList();

        var entries = ItemMaxima.Where(entry => entry.OperationId == operation.Id).ToArray();
        SpotifyRequest? sample = null;
        string? factoryError = null;
        try
        {
            sample = RequestFactory.Create(record.Type);
        }
        catch (RequestFactoryException exception)
        {
            factoryError = exception.Message;
        }

        if (sample is not null && BatchMaxItemsPerCall(sample) is { } perCall)
        {
            declared.Add(("ISpotifyBatchRequest.MaxItemsPerCall", perCall));
        }

        if (entries.Length == 0)
        {
            foreach (var (name, value) in declared)
            {
                problems.Add($"{operation.Id}: {record}.{name} is {value}, but the spec states no item maximum for it");
            }

            return;
        }

        // A record sending its items in the query obeys the query's maximum, one sending a body the body's.
        var query = entries.Where(entry => entry.Location.StartsWith("query:", StringComparison.Ordinal)).Select(entry => entry.Max).Distinct().ToArray();
        var body = entries.Where(entry => entry.Location.StartsWith("body:", StringComparison.Ordinal)).Select(entry => entry.Max).Distinct().ToArray();
        int expected;
        if (query.Length == 1 && body.Length == 1 && query[0] != body[0])
        {
            if (sample is null)
            {
                problems.Add($"{operation.Id}: cannot tell whether {record} sends its items in the query ({query[0]}) or the body ({body[0]}): {factoryError}");
                return;
            }

            using var content = sample.BuildContent();
            expected = content is null ? query[0] : body[0];
        }
        else
        {
            expected = query.Concat(body).Min();
        }

        // An operation limited to one item may take a single ID rather than a list.
        var takesList = record.Type.GetProperties().Any(property => property.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType));
        if (declared.Count == 0 && !(expected == 1 && !takesList))
        {
            problems.Add($"{operation.Id}: {record} declares no {string.Join("/", ItemMaximumConstants)} constant; the spec's maximum is {expected} (\"{entries[0].Quote}\")");
        }

        foreach (var (name, value) in declared.Where(constant => constant.Value != expected))
        {
            problems.Add($"{operation.Id}: {record}.{name} is {value}, the spec's maximum is {expected} (\"{entries.First(entry => entry.Max == expected).Quote}\")");
        }
    }

    private static int? BatchMaxItemsPerCall(SpotifyRequest request)
    {
        var batch = request.GetType().GetInterfaces().SingleOrDefault(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ISpotifyBatchRequest<>));
        return batch is null ? null : (int)batch.GetProperty(nameof(ISpotifyBatchRequest<SpotifyRequest>.MaxItemsPerCall))!.GetValue(request)!;
    }

    /// <summary>Runs <paramref name="check"/> for every operation of the group that has exactly one record; lists the others as missing.</summary>
    private static List<string> ForEachOperation(string group, Action<SpecOperation, RequestRecord, List<string>> check)
    {
        var problems = new List<string>();
        foreach (var operation in SpotanticSurface.SpecOperationsOf(group))
        {
            switch (SpotanticSurface.RecordsFor(operation.Id))
            {
                case [var record]:
                    check(operation, record, problems);
                    break;
                case []:
                    problems.Add($"missing: {operation.Id} has no request record");
                    break;
                case var records:
                    problems.Add($"{operation.Id}: {records.Count} records ({string.Join(", ", records)})");
                    break;
            }
        }

        return problems;
    }

    private static void AssertNoProblems(string group, string subject, List<string> problems) =>
        Assert.True(problems.Count == 0, $"{group}: {problems.Count} problem(s) with {subject}:\n{string.Join("\n", problems)}");

    [GeneratedRegex(@"[Mm]aximum(?::| of) (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex StatedMaximum();

    private sealed record ItemMaximum(string OperationId, string Location, int Max, string Quote);
}
