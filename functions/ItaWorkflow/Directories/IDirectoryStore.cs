namespace ItaWorkflow.Directories;

/// <summary>Where district directories are kept and edited by an admin.</summary>
public interface IDirectoryStore
{
    Task<DistrictDirectory?> GetAsync(string district, CancellationToken cancellationToken);

    Task<IReadOnlyList<DistrictDirectory>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(DistrictDirectory directory, CancellationToken cancellationToken);
}
