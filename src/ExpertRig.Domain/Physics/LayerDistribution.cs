namespace ExpertRig.Domain.Physics;

/// <summary>Splits whole layers across devices in proportion to their free memory without exceeding what each can hold.</summary>
internal static class LayerDistribution
{
    /// <summary>
    /// Returns layers per device: proportional to <paramref name="weights"/> (largest remainders get the leftover
    /// layers), capped by <paramref name="capacity"/>, with any excess moved to devices that still have room. The sum
    /// is less than <paramref name="layers"/> only when the devices cannot hold them all.
    /// </summary>
    public static IReadOnlyList<int> Distribute(int layers, IReadOnlyList<double> weights, IReadOnlyList<int> capacity)
    {
        var result = new int[weights.Count];
        Distribute(layers, [.. weights], [.. capacity], result);
        return result;
    }

    /// <summary>As <see cref="Distribute(int, IReadOnlyList{double}, IReadOnlyList{int})"/>, into <paramref name="result"/> (one entry per device, zeros on entry).</summary>
    public static void Distribute(int layers, ReadOnlySpan<double> weights, ReadOnlySpan<int> capacity, Span<int> result)
    {
        var count = weights.Length;
        // Loops, not LINQ (every layer-split estimate distributes); the sums run from zero in order, as Enumerable.Sum's.
        double total = 0;
        for (var i = 0; i < count; i++)
        {
            total += weights[i];
        }

        if (total <= 0)
        {
            return;
        }

        // A few devices: the ideal shares stay on the stack.
        var ideal = count <= 16 ? stackalloc double[count] : new double[count];
        var placed = 0;
        for (var i = 0; i < count; i++)
        {
            ideal[i] = layers * weights[i] / total;
            result[i] = Math.Min((int)Math.Floor(ideal[i]), capacity[i]);
            placed += result[i];
        }

        var remaining = layers - placed;
        // Hand out the rest one layer at a time: first by largest unmet share, then to whoever has room.
        while (remaining > 0)
        {
            var best = -1;
            for (var i = 0; i < count; i++)
            {
                if (result[i] < capacity[i] && (best < 0 || ideal[i] - result[i] > ideal[best] - result[best]))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            result[best]++;
            remaining--;
        }
    }
}
