using System.Globalization;
using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Range and consistency checks on one entry; each failure is reported at the offending key's line.</summary>
internal sealed class EntryChecks(CatalogProblems problems, string fileName, EntryLocation? location, string? entryId)
{
    public void Fail(string key, string detail) => problems.Add(fileName, location, key, entryId, $"{key} {detail}");

    public void Require(bool condition, string key, string detail)
    {
        if (!condition)
        {
            Fail(key, detail);
        }
    }

    public void Text(string key, string? value) =>
        Require(!string.IsNullOrWhiteSpace(value), key, "must not be empty");

    public void Positive(string key, double value) =>
        Require(double.IsFinite(value) && value > 0, key, $"must be greater than 0 (got {Show(value)})");

    public void Positive(string key, double? value)
    {
        if (value is { } present)
        {
            Positive(key, present);
        }
    }

    public void NotNegative(string key, double value) =>
        Require(double.IsFinite(value) && value >= 0, key, $"must not be negative (got {Show(value)})");

    public void Between(string key, double value, double min, double max, string? why = null) =>
        Require(
            double.IsFinite(value) && value >= min && value <= max,
            key,
            $"must be between {Show(min)} and {Show(max)}{(why is null ? string.Empty : $" ({why})")} (got {Show(value)})");

    public void OneOf(string key, int value, params int[] allowed) =>
        Require(allowed.Contains(value), key, $"must be one of {string.Join(", ", allowed)} (got {value})");

    public void Range(string key, NumberRange? range, double min, double max)
    {
        if (range is null)
        {
            return;
        }

        Require(
            double.IsFinite(range.Low) && double.IsFinite(range.High) && range.Low >= min && range.High <= max,
            key,
            $"must lie within {Show(min)}-{Show(max)} (got [{Show(range.Low)}, {Show(range.High)}])");
        Require(
            range.Low <= range.High,
            key,
            $"low end {Show(range.Low)} exceeds high end {Show(range.High)}");
    }

    public void Price(ComponentPrice? price)
    {
        if (price is null)
        {
            Fail("price_usd", "is required");
            return;
        }

        Require(price.New is not null || price.Used is not null, "price_usd", "needs a new or a used range");
        Range("price_usd", price.New, min: 1, max: 1_000_000);
        Range("price_usd", price.Used, min: 1, max: 1_000_000);
        Positive("price_usd", price.Msrp);
        Require(price.Basis != PriceBasis.User, "price_usd", "basis user is for the user's own price files, not the catalog");
        Require(
            price.AsOf is null || PriceBasisMonths.IsMonth(price.AsOf),
            "price_usd",
            $"as_of must be a month written YYYY-MM, such as 2026-11 (got '{price.AsOf}')");
    }

    public static string Show(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
