using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Refits the calibrated constants from the measurements, the way docs/performance-model.md derives them: weighted
/// least squares on relative error, a few parameters per device class, one shared factor by grid search.
/// </summary>
public static class Calibrator
{
    /// <summary>The result of a decode fit: per-class (efficiency, µs per layer), the shared 16-bit factor, and its MAPE.</summary>
    public sealed record DecodeFit(IReadOnlyDictionary<(DeviceClass Class, Backend Backend), (double Efficiency, double OverheadUs)> Classes, double UnquantizedFactor, double Mape)
    {
        /// <summary>Extra µs per token of each layer with routed experts, per class × backend (fitted or borrowed).</summary>
        public IReadOnlyDictionary<(DeviceClass Class, Backend Backend), double> MoeUs { get; init; } = new Dictionary<(DeviceClass, Backend), double>();

        public double MoeUsOf((DeviceClass Class, Backend Backend) key) => MoeUs.TryGetValue(key, out var us) ? us : 0;

        /// <summary>The MoE layer cost shared by the pairs that do not fit their own.</summary>
        public double PooledMoeUs { get; init; }

        /// <summary>Attention ns per cached token per layer, for the class × backend pairs with a depth sweep (0 for the others).</summary>
        public IReadOnlyDictionary<(DeviceClass Class, Backend Backend), double> AttentionNs { get; init; } = new Dictionary<(DeviceClass, Backend), double>();

        public double AttentionNsOf((DeviceClass Class, Backend Backend) key) => AttentionNs.TryGetValue(key, out var ns) ? ns : 0;

        /// <summary>Bandwidth efficiency of each chip measured (Apple), with its class's overhead and attention cost.</summary>
        public IReadOnlyDictionary<((DeviceClass Class, Backend Backend) Key, string Chip), double> Chips { get; init; } = new Dictionary<((DeviceClass, Backend), string), double>();

        /// <summary>The efficiency a device gets from the fit: its chip's where fitted, else its class × backend's.</summary>
        public double EfficiencyOf(DeviceSpec device) =>
            device.Chip is { } chip && Chips.TryGetValue((KeyOf(device), chip), out var efficiency) ? efficiency : Classes[KeyOf(device)].Efficiency;
    }

    /// <summary>The class × backend a measurement calibrates (every measured device names its backend).</summary>
    public static (DeviceClass Class, Backend Backend) KeyOf(DeviceSpec device) =>
        (device.Class, device.Backend ?? throw new InvalidOperationException($"{device.Name} has no backend"));

    /// <summary>
    /// Fewest rows of a class × backend that fit efficiency and per-layer overhead together; with fewer, the two are
    /// too entangled (three rows of one card gave an RTX 3090 under Vulkan 138 % of its bandwidth) and the overhead is
    /// borrowed.
    /// </summary>
    public const int OverheadFitPoints = 6;

    /// <summary>Rows deep enough into the cache to separate attention work from streaming (4K tokens or more).</summary>
    public const int DepthRowTokens = 4096;

    /// <summary>Fits bandwidth efficiency and per-layer overhead per class, and the 16-bit factor by grid search.</summary>
    public static DecodeFit FitDecode(IReadOnlyList<DecodeMeasurement> singles, PhysicsConstants constants)
    {
        DecodeFit? best = null;
        for (var factor = 1.00; factor <= 1.301; factor += 0.01)
        {
            var fit = FitDecodeAt(singles, constants, Math.Round(factor, 2));
            if (best is null || fit.Mape < best.Mape)
            {
                best = fit;
            }
        }

        return best!;
    }

    /// <summary>
    /// Fewest MoE rows and fewest dense rows of a class × backend with a depth sweep that separate the MoE layer cost
    /// from the per-layer overhead; with fewer, the class borrows the mean MoE layer cost of those that fit one.
    /// </summary>
    public const int MoeFitPoints = 3;

    /// <summary>Fits the per-class constants with the 16-bit factor held fixed.</summary>
    public static DecodeFit FitDecodeAt(IReadOnlyList<DecodeMeasurement> singles, PhysicsConstants constants, double factor)
    {
        var adjusted = constants with { Decode = constants.Decode with { UnquantizedStreamFactor = factor } };
        var rows = singles.Select(m => (m, Terms: DecodeEstimatorTerms(m, adjusted))).ToList();
        var classes = new Dictionary<(DeviceClass, Backend), (double, double)>();
        var attention = new Dictionary<(DeviceClass, Backend), double>();
        var moe = new Dictionary<(DeviceClass, Backend), double>();

        // Pairs with a depth sweep and MoE and dense rows fit efficiency, per-layer overhead, attention cost and the
        // MoE layer cost together (a negative MoE cost is refitted as zero). The other pairs borrow the mean MoE layer
        // cost of those: every backend runs the extra MoE kernels, and a zero would say it does not.
        var groups = rows.GroupBy(r => KeyOf(r.m.Device)).OrderBy(g => g.Key).ToList();
        static bool HasDepth(IEnumerable<(DecodeMeasurement m, (double Stream, int Layers, double CachedTokenLayers, int MoeLayers) Terms)> g) =>
            g.Count(r => r.m.PositionTokens >= DepthRowTokens) >= 3;
        static bool HasMoeSplit(IEnumerable<(DecodeMeasurement m, (double Stream, int Layers, double CachedTokenLayers, int MoeLayers) Terms)> g) =>
            g.Count(r => r.Terms.MoeLayers > 0) >= MoeFitPoints && g.Count(r => r.Terms.MoeLayers == 0) >= MoeFitPoints;
        foreach (var group in groups.Where(g => HasDepth(g) && HasMoeSplit(g)))
        {
            var points = group.Select(r => (F: new[] { r.Terms.Stream, r.Terms.Layers, r.Terms.CachedTokenLayers, (double)r.Terms.MoeLayers }, T: 1 / r.m.TokensPerSecond)).ToList();
            var solution = SolveLinear(points);
            if (solution is null || solution[3] < 0)
            {
                solution = [.. SolveLinear([.. points.Select(p => (p.F[..3], p.T))])!, 0];
            }

            classes[group.Key] = (1 / solution[0], solution[1] * 1e6);
            attention[group.Key] = Math.Max(0, solution[2]) * 1e9;
            moe[group.Key] = solution[3] * 1e6;
        }

        // The pairs that cannot fit their own MoE layer cost share one, fitted on their rows together (grid search, 5 µs
        // then 0.5 µs steps, minimising the MAPE): every backend runs the extra MoE kernels, and a zero would say it
        // does not.
        var own = new Dictionary<(DeviceClass, Backend), (double, double)>(classes);
        var ownAttention = new Dictionary<(DeviceClass, Backend), double>(attention);
        var ownMoe = new Dictionary<(DeviceClass, Backend), double>(moe);
        DecodeFit Complete(double borrowedMoe)
        {
            classes = new Dictionary<(DeviceClass, Backend), (double, double)>(own);
            attention = new Dictionary<(DeviceClass, Backend), double>(ownAttention);
            moe = new Dictionary<(DeviceClass, Backend), double>(ownMoe);
            foreach (var group in groups.Where(g => !moe.ContainsKey(g.Key)))
            {
                moe[group.Key] = borrowedMoe;
                if (HasDepth(group))
                {
                    var solution = SolveLinear([.. group.Select(r => (new[] { r.Terms.Stream, r.Terms.Layers, r.Terms.CachedTokenLayers }, (1 / r.m.TokensPerSecond) - (r.Terms.MoeLayers * borrowedMoe * 1e-6)))])!;
                    classes[group.Key] = (1 / solution[0], solution[1] * 1e6);
                    attention[group.Key] = Math.Max(0, solution[2]) * 1e9;
                    continue;
                }

                var points = group.Select(r => (X: r.Terms.Stream, L: (double)r.Terms.Layers, T: (1 / r.m.TokensPerSecond) - (r.Terms.MoeLayers * borrowedMoe * 1e-6))).ToList();
                classes[group.Key] = points.Count >= OverheadFitPoints
                    ? SolveEfficiencyAndOverhead(points)
                    : (0, 0);
            }

            // A class × backend with too few points borrows the per-layer overhead of its class's default backend (or of
            // NVIDIA GDDR under CUDA when that has too few as well) and fits its efficiency alone; default backends first.
            foreach (var (key, value) in classes.OrderBy(pair => pair.Key.Item2 == constants.For(pair.Key.Item1).Backend ? 0 : 1).ToList())
            {
                if (value == (0, 0))
                {
                    var primary = (key.Item1, constants.For(key.Item1).Backend);
                    var overheadUs = key != primary && classes.TryGetValue(primary, out var own) && own != (0, 0)
                        ? own.Item2
                        : classes[(DeviceClass.NvidiaGddr, Backend.Cuda)].Item2;
                    var points = rows.Where(r => KeyOf(r.m.Device) == key)
                        .Select(r => (X: r.Terms.Stream, L: (double)r.Terms.Layers, T: (1 / r.m.TokensPerSecond) - (r.Terms.MoeLayers * moe[key] * 1e-6))).ToList();
                    classes[key] = (SolveEfficiency(points, overheadUs), overheadUs);
                }
            }

            // A class × backend without a depth sweep borrows the mean attention cost of those with one: decode slows as
            // the cache fills on every GPU, and a zero would say it does not.
            if (attention.Count > 0)
            {
                var borrowed = attention.Values.Average();
                foreach (var key in classes.Keys.Where(k => !attention.ContainsKey(k)).ToList())
                {
                    attention[key] = borrowed;
                }
            }

            // Each chip of a class (Apple: M1 Max, M2 Ultra …) gets its own efficiency, its class's overhead, attention and MoE cost fixed.
            var chips = new Dictionary<((DeviceClass, Backend), string), double>();
            foreach (var group in rows.Where(r => r.m.Device.Chip is not null).GroupBy(r => (KeyOf(r.m.Device), r.m.Device.Chip!)))
            {
                var (_, overheadUs) = classes[group.Key.Item1];
                var ns = attention.TryGetValue(group.Key.Item1, out var value) ? value : 0;
                var points = group.Select(r => (X: r.Terms.Stream, L: (double)r.Terms.Layers, T: (1 / r.m.TokensPerSecond) - (r.Terms.CachedTokenLayers * ns * 1e-9) - (r.Terms.MoeLayers * moe[group.Key.Item1] * 1e-6))).ToList();
                chips[group.Key] = SolveEfficiency(points, overheadUs);
            }

            var errors = rows.Select(r =>
            {
                var key = KeyOf(r.m.Device);
                var (efficiency, overheadUs) = classes[key];
                efficiency = r.m.Device.Chip is { } chip && chips.TryGetValue((key, chip), out var own) ? own : efficiency;
                var ns = attention.TryGetValue(key, out var value) ? value : 0;
                var predicted = 1 / ((r.Terms.Stream / efficiency) + (r.Terms.Layers * overheadUs * 1e-6) + (r.Terms.CachedTokenLayers * ns * 1e-9) + (r.Terms.MoeLayers * moe[key] * 1e-6));
                return Math.Abs(predicted - r.m.TokensPerSecond) / r.m.TokensPerSecond;
            }).ToList();
            return new DecodeFit(classes, factor, errors.Average()) { AttentionNs = attention, Chips = chips, MoeUs = moe, PooledMoeUs = borrowedMoe };
        }

        DecodeFit Best(IEnumerable<double> grid) => grid.Select(Complete).Aggregate((best, fit) => fit.Mape < best.Mape - 1e-12 ? fit : best);
        var coarse = Best(Enumerable.Range(0, 31).Select(i => i * 5.0));
        var pooled = coarse.PooledMoeUs;
        return Best(Enumerable.Range(-10, 21).Select(i => pooled + (i * 0.5)).Where(us => us >= 0));
    }

    /// <summary>Leave-one-out: refit without each point (16-bit factor fixed) and predict it; returns the mean absolute percentage error.</summary>
    public static double LeaveOneOutMape(IReadOnlyList<DecodeMeasurement> singles, PhysicsConstants constants, double factor)
    {
        var adjusted = constants with { Decode = constants.Decode with { UnquantizedStreamFactor = factor } };
        var errors = new List<double>();
        for (var i = 0; i < singles.Count; i++)
        {
            var rest = singles.Where((_, j) => j != i).ToList();
            var fit = FitDecodeAt(rest, adjusted, factor);
            if (!fit.Classes.TryGetValue(KeyOf(singles[i].Device), out var c))
            {
                continue;
            }

            var terms = DecodeEstimatorTerms(singles[i], adjusted);
            var predicted = 1 / ((terms.Stream / fit.EfficiencyOf(singles[i].Device)) + (terms.Layers * c.OverheadUs * 1e-6) + (terms.CachedTokenLayers * fit.AttentionNsOf(KeyOf(singles[i].Device)) * 1e-9) + (terms.MoeLayers * fit.MoeUsOf(KeyOf(singles[i].Device)) * 1e-6));
            errors.Add(Math.Abs(predicted - singles[i].TokensPerSecond) / singles[i].TokensPerSecond);
        }

        return errors.Average();
    }

    /// <summary>Fits the per-hand-off cost of layer split from the multi-GPU rows (constants give every other term).</summary>
    public static double FitHopMilliseconds(IReadOnlyList<DecodeMeasurement> multis, PhysicsConstants constants)
    {
        var noHop = constants with { Decode = constants.Decode with { LayerSplitHopMilliseconds = 0 } };
        double numerator = 0, denominator = 0;
        foreach (var m in multis)
        {
            var predictedMs = InferenceEstimator.Estimate(m.Scenario(), noHop).DecodeTime.TotalMs;
            var measuredMs = 1000 / m.TokensPerSecond;
            var hops = m.Count - 1;
            var weight = 1 / (measuredMs * measuredMs);
            numerator += weight * hops * (measuredMs - predictedMs);
            denominator += weight * hops * hops;
        }

        return numerator / denominator;
    }

    /// <summary>
    /// Fits the share of theoretical RAM bandwidth the CPU reaches on routed experts kept in RAM, from the rows measured
    /// with --n-cpu-moe (every other term from the constants): decode time is linear in 1 ÷ that share.
    /// </summary>
    public static double FitCpuBandwidthEfficiency(IReadOnlyList<DecodeMeasurement> expertsInRam, PhysicsConstants constants)
    {
        var unit = constants with { Decode = constants.Decode with { CpuBandwidthEfficiency = 1 } };
        double numerator = 0, denominator = 0;
        foreach (var m in expertsInRam)
        {
            var step = InferenceEstimator.Estimate(m.Scenario(), unit).DecodeTime;
            var measuredMs = 1000 / m.TokensPerSecond;
            var rest = step.TotalMs - step.OffloadStreamMs;
            var weight = 1 / (measuredMs * measuredMs);
            numerator += weight * step.OffloadStreamMs * (measuredMs - rest);
            denominator += weight * step.OffloadStreamMs * step.OffloadStreamMs;
        }

        return denominator / numerator;
    }

    /// <summary>Fits each class × backend's prompt-processing share of FP16 TFLOPS.</summary>
    public static IReadOnlyDictionary<(DeviceClass Class, Backend Backend), double> FitPrompt(IReadOnlyList<PromptMeasurement> prompts, PhysicsConstants constants)
    {
        var unit = WithClassValues(constants, c => c with { PromptComputeEfficiency = 1 });
        return prompts.GroupBy(p => KeyOf(p.Device)).ToDictionary(
            g => g.Key,
            g =>
            {
                var ratios = g.Select(p => InferenceEstimator.Estimate(p.Scenario(), unit).PromptTokensPerSecond / p.TokensPerSecond).ToList();
                return ratios.Sum() / ratios.Sum(r => r * r);
            });
    }

    /// <summary>Fits llama.cpp's batched-decode share of FP16 TFLOPS, one value for Apple and one for NVIDIA devices.</summary>
    public static IReadOnlyDictionary<bool, double> FitBatched(IReadOnlyList<BatchedMeasurement> batched, PhysicsConstants constants)
    {
        var unit = WithClassValues(constants, c => c with { BatchedDecodeComputeEfficiency = 1 });
        return batched.Where(b => b.Sequences > 1).GroupBy(b => b.Device.Class == DeviceClass.AppleSilicon).ToDictionary(
            g => g.Key,
            g =>
            {
                double numerator = 0, denominator = 0;
                foreach (var b in g)
                {
                    var step = InferenceEstimator.Estimate(b.Scenario(), unit).DecodeTime;
                    var measuredMs = 1000 * b.Sequences / b.AggregateTokensPerSecond;
                    var rest = step.TotalMs - step.BatchComputeMs;
                    var weight = 1 / (measuredMs * measuredMs);
                    numerator += weight * step.BatchComputeMs * (measuredMs - rest);
                    denominator += weight * step.BatchComputeMs * step.BatchComputeMs;
                }

                return denominator / numerator;
            });
    }

    private static PhysicsConstants WithClassValues(PhysicsConstants constants, Func<DeviceClassConstants, DeviceClassConstants> change) =>
        constants with { DeviceClasses = constants.DeviceClasses.ToDictionary(pair => pair.Key, pair => change(pair.Value) with { OtherBackends = pair.Value.OtherBackends.Select(change).ToList() }) };

    /// <summary>
    /// The constants with a decode fit applied to every class × backend it covers (efficiency, per-layer overhead and,
    /// where a depth sweep exists, attention cost); pairs the fit does not cover keep their values.
    /// </summary>
    public static PhysicsConstants WithDecodeFit(PhysicsConstants constants, DecodeFit fit)
    {
        DeviceClassConstants Apply(DeviceClass deviceClass, DeviceClassConstants c) =>
            fit.Classes.TryGetValue((deviceClass, c.Backend), out var f)
                ? c with
                {
                    BandwidthEfficiency = f.Efficiency,
                    PerLayerOverheadMicroseconds = f.OverheadUs,
                    AttentionNanosecondsPerCachedToken = fit.AttentionNsOf((deviceClass, c.Backend)),
                    MoeLayerMicroseconds = fit.MoeUsOf((deviceClass, c.Backend)),
                    ChipEfficiencies = fit.Chips.Where(pair => pair.Key.Key == (deviceClass, c.Backend)).ToDictionary(pair => pair.Key.Chip, pair => pair.Value),
                }
                : c;
        return constants with
        {
            DeviceClasses = constants.DeviceClasses.ToDictionary(
                pair => pair.Key,
                pair => Apply(pair.Key, pair.Value) with { OtherBackends = pair.Value.OtherBackends.Select(b => Apply(pair.Key, b)).ToList() }),
        };
    }

    private static (double Stream, int Layers, double CachedTokenLayers, int MoeLayers) DecodeEstimatorTerms(DecodeMeasurement m, PhysicsConstants constants) =>
        DecodeEstimator.SingleDeviceTerms(m.Scenario(), constants);

    // Minimises Σ ((Σⱼ cⱼ·fⱼ − t) / t)² over the coefficients c (1/efficiency, τ, σ, μ …): weighted normal equations
    // solved by Gaussian elimination with partial pivoting; null when they are singular.
    private static double[]? SolveLinear(IReadOnlyList<(double[] F, double T)> points)
    {
        var n = points[0].F.Length;
        var a = new double[n, n + 1];
        foreach (var (f, t) in points)
        {
            var w = 1 / (t * t);
            for (var i = 0; i < n; i++)
            {
                a[i, n] += w * f[i] * t;
                for (var j = 0; j < n; j++)
                {
                    a[i, j] += w * f[i] * f[j];
                }
            }
        }

        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(a[r, c]));
            if (Math.Abs(a[pivot, c]) < 1e-300)
            {
                return null;
            }

            for (var k = 0; k <= n; k++)
            {
                (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
            }

            for (var r = 0; r < n; r++)
            {
                if (r != c)
                {
                    var factor = a[r, c] / a[c, c];
                    for (var k = c; k <= n; k++)
                    {
                        a[r, k] -= factor * a[c, k];
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => a[i, n] / a[i, i])];
    }

    // Minimises Σ ((A·x + τ·L − t) / t)² over A = 1/efficiency and τ: a 2×2 weighted normal equation.
    private static (double Efficiency, double OverheadUs) SolveEfficiencyAndOverhead(IReadOnlyList<(double X, double L, double T)> points)
    {
        double sxx = 0, sxl = 0, sll = 0, sxt = 0, slt = 0;
        foreach (var (x, l, t) in points)
        {
            var w = 1 / (t * t);
            sxx += w * x * x;
            sxl += w * x * l;
            sll += w * l * l;
            sxt += w * x * t;
            slt += w * l * t;
        }

        var determinant = (sxx * sll) - (sxl * sxl);
        var a = ((sxt * sll) - (slt * sxl)) / determinant;
        var tau = ((sxx * slt) - (sxl * sxt)) / determinant;
        return (1 / a, tau * 1e6);
    }

    private static double SolveEfficiency(IReadOnlyList<(double X, double L, double T)> points, double overheadUs)
    {
        double numerator = 0, denominator = 0;
        foreach (var (x, l, t) in points)
        {
            var w = 1 / (t * t);
            numerator += w * x * (t - (l * overheadUs * 1e-6));
            denominator += w * x * x;
        }

        return denominator / numerator;
    }
}
