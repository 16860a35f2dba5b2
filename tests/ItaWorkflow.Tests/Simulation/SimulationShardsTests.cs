using ItaWorkflow.Simulation;
using ItaWorkflow.Tests.Infrastructure;

namespace ItaWorkflow.Tests.Simulation;

[Collection(AzuriteCollection.Name)]
public sealed class SimulationShardsTests(Azurite azurite)
{
    private const int Seed = 4;

    [Fact]
    public async Task Districts_spread_over_one_engine_each_end_exactly_as_when_one_engine_holds_them_all()
    {
        var (plan, error) = await SimulateCommand.LoadPlanAsync(Path.Combine(Azurite.RepoRoot, "samples", "sample-plan.json"), null, 2567, CancellationToken.None);
        Assert.True(plan is not null, error);
        var request = new SimulationRequest(plan, 3, null);

        var together = await Simulator.RunAsync(request, Settings(districtsPerShard: 3));
        var apart = await Simulator.RunAsync(request, Settings(districtsPerShard: 1));

        Assert.Equal(3, apart.DistrictOutcomes.Count);
        Assert.All(apart.DistrictOutcomes, d => Assert.Equal("Completed", d.PlanStatus));
        Assert.Equal((together.Transitions, together.Emails, together.ClockSteps), (apart.Transitions, apart.Emails, apart.ClockSteps));
        Assert.Equal(together.EmailsByTemplate, apart.EmailsByTemplate);
        Assert.Equal(Outcomes(together), Outcomes(apart));
        Assert.Equal(0, apart.DuplicateEmails);
    }

    [Fact]
    public void The_first_shard_keeps_the_given_prefix_and_the_others_add_their_number()
    {
        var settings = Settings(districtsPerShard: 2);

        Assert.Equal([settings.Prefix, settings.Prefix + "s1", settings.Prefix + "s2"], Enumerable.Range(0, 3).Select(settings.ShardPrefix));
    }

    [Fact]
    public void Shards_take_the_given_storage_accounts_in_turn_and_the_main_one_when_none_is_given()
    {
        var settings = Settings(districtsPerShard: 2) with { ShardStorage = ["a", "b"] };

        Assert.Equal(["a", "b", "a"], Enumerable.Range(0, 3).Select(settings.ShardConnectionString));
        Assert.Equal(azurite.ConnectionString, (settings with { ShardStorage = null }).ShardConnectionString(2));
    }

    private static IReadOnlyList<string> Outcomes(SimulationSummary summary) =>
        [.. summary.DistrictOutcomes.SelectMany(d => d.Measures.Select(m =>
            $"{m.InstanceId} {m.Status} {string.Join(",", m.ApprovedPeriods)} {m.MissedPeriods} {m.ProgressApprovedEvents} {m.ProgressReturnedEvents} {m.Transitions}"))];

    private SimulationSettings Settings(int districtsPerShard) =>
        new(azurite.ConnectionString, TestStorage.Options(azurite).Prefix, Seed, TimeSpan.FromSeconds(10), DistrictsPerShard: districtsPerShard);
}
