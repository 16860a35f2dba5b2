using System.Text;
using System.Text.Json;
using ItaWorkflow.Workflow.Engine;

namespace ItaWorkflow.Directories;

/// <summary>
/// Reads district directories from a JSON file (an array of <see cref="DistrictDirectory"/>) or a CSV file with
/// the header <c>district,role,name,aliases,emails,head</c> (role: division, director or coordinator; lists separated by <c>;</c>).
/// </summary>
public static class DirectoryFile
{
    public static async Task<IReadOnlyList<DistrictDirectory>> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ParseCsv(text) : ParseJson(text);
    }

    /// <summary>Loads a JSON or CSV file into the store (replacing those districts); returns how many districts were saved.</summary>
    public static async Task<int> ImportAsync(string path, IDirectoryStore store, CancellationToken cancellationToken)
    {
        var districts = await LoadAsync(path, cancellationToken);
        foreach (var district in districts)
        {
            await store.SaveAsync(district, cancellationToken);
        }

        return districts.Count;
    }

    public static IReadOnlyList<DistrictDirectory> ParseJson(string json) =>
        JsonSerializer.Deserialize<List<DistrictDirectory>>(json, EngineJson.Options) ?? [];

    public static IReadOnlyList<DistrictDirectory> ParseCsv(string csv)
    {
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var byDistrict = new Dictionary<string, (List<DivisionContact> Divisions, List<string> Directors, List<string> Coordinators)>();
        foreach (var (line, number) in lines.Skip(1).Select((l, i) => (l, i + 2)))
        {
            var cells = SplitCsvLine(line);
            if (cells.Count < 5)
            {
                throw new FormatException($"บรรทัด {number}: ต้องมี ๕ ช่องขึ้นไป (line {number}: expected district,role,name,aliases,emails,head).");
            }

            var district = cells[0].Trim();
            if (!byDistrict.TryGetValue(district, out var entry))
            {
                entry = ([], [], []);
                byDistrict[district] = entry;
            }

            var emails = List(cells[4]);
            switch (cells[1].Trim().ToLowerInvariant())
            {
                case "division":
                    entry.Divisions.Add(new DivisionContact(cells[2].Trim(), List(cells[3]), emails, cells.Count > 5 && cells[5].Trim().Length > 0 ? cells[5].Trim() : null));
                    break;
                case "director":
                    entry.Directors.AddRange(emails);
                    break;
                case "coordinator":
                    entry.Coordinators.AddRange(emails);
                    break;
                default:
                    throw new FormatException($"บรรทัด {number}: ไม่รู้จักบทบาท '{cells[1]}' (line {number}: unknown role).");
            }
        }

        return [.. byDistrict.Select(d => new DistrictDirectory(d.Key, d.Value.Divisions, d.Value.Directors, d.Value.Coordinators))];
    }

    private static List<string> List(string cell) =>
        [.. cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<string> SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells;
    }
}
