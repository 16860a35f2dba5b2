using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ItaWorkflow.Directories;

/// <summary>
/// Refreshes a district's divisions from Microsoft Graph: one group per division, its members' mail become the
/// division's addresses and its first owner becomes the head. Aliases, director and coordinators are kept as edited.
/// </summary>
public sealed class GraphDirectorySync(GraphServiceClient client, IDirectoryStore store)
{
    private static readonly string[] Fields = ["mail", "userPrincipalName"];

    public async Task<DistrictDirectory> SyncAsync(
        string district, IReadOnlyDictionary<string, string> groupIdByDivision, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(district, cancellationToken) ?? new DistrictDirectory(district, [], [], []);
        var divisions = current.Divisions.ToList();
        foreach (var (division, groupId) in groupIdByDivision)
        {
            var membersRequest = client.Groups[groupId].Members.GraphUser;
            var members = await AllPagesAsync(
                await membersRequest.GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken),
                next => membersRequest.WithUrl(next).GetAsync(cancellationToken: cancellationToken));

            // Only the first owner is used, so the first page is enough.
            var owners = await client.Groups[groupId].Owners.GraphUser.GetAsync(r => r.QueryParameters.Select = Fields, cancellationToken);
            var emails = AddressesOf(members);
            var head = AddressesOf(owners?.Value).FirstOrDefault();
            var existing = current.Find(division);
            var updated = new DivisionContact(existing?.Name ?? division, existing?.Aliases ?? [], emails, head ?? existing?.HeadEmail);
            if (existing is null)
            {
                divisions.Add(updated);
            }
            else
            {
                divisions[divisions.IndexOf(existing)] = updated;
            }
        }

        var synced = current with { Divisions = divisions };
        await store.SaveAsync(synced, cancellationToken);
        return synced;
    }

    /// <summary>Graph answers a group's members a page at a time (100 by default); every page is followed.</summary>
    private static async Task<List<User>> AllPagesAsync(UserCollectionResponse? page, Func<string, Task<UserCollectionResponse?>> next)
    {
        var users = new List<User>();
        while (page is not null)
        {
            users.AddRange(page.Value ?? []);
            page = page.OdataNextLink is { } link ? await next(link) : null;
        }

        return users;
    }

    private static List<string> AddressesOf(List<User>? users) =>
        [.. (users ?? []).Select(u => u.Mail ?? u.UserPrincipalName).OfType<string>().Where(a => a.Contains('@')).Distinct(StringComparer.OrdinalIgnoreCase)];
}
