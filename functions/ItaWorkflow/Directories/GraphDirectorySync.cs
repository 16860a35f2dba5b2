using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ItaWorkflow.Directories;

/// <summary>
/// Refreshes a district's divisions from Microsoft Graph: one group per division, its members' mail become the
/// division's addresses and its first owner becomes the head. Aliases, director and coordinators are kept as edited.
/// </summary>
public sealed class GraphDirectorySync(GraphServiceClient client, IDirectoryStore store)
{
    public async Task<DistrictDirectory> SyncAsync(
        string district, IReadOnlyDictionary<string, string> groupIdByDivision, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(district, cancellationToken) ?? new DistrictDirectory(district, [], [], []);
        var divisions = current.Divisions.ToList();
        foreach (var (division, groupId) in groupIdByDivision)
        {
            var members = await client.Groups[groupId].Members.GraphUser.GetAsync(
                r => r.QueryParameters.Select = ["mail", "userPrincipalName"], cancellationToken);
            var owners = await client.Groups[groupId].Owners.GraphUser.GetAsync(
                r => r.QueryParameters.Select = ["mail", "userPrincipalName"], cancellationToken);
            var emails = AddressesOf(members?.Value);
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

    private static List<string> AddressesOf(List<User>? users) =>
        [.. (users ?? []).Select(u => u.Mail ?? u.UserPrincipalName).OfType<string>().Where(a => a.Contains('@')).Distinct(StringComparer.OrdinalIgnoreCase)];
}
