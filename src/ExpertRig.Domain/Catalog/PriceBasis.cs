using System.Runtime.Serialization;

namespace ExpertRig.Domain.Catalog;

/// <summary>What kind of figure a catalog price is, so a report can say how firm it is.</summary>
public enum PriceBasis
{
    /// <summary>The guide's April-2026 street or retail range.</summary>
    [EnumMember(Value = "guide-2026-04")]
    GuideApril2026,

    /// <summary>The maker's suggested or launch price (NVIDIA MSRP, AMD SEP, 1ku list).</summary>
    VendorMsrp,

    /// <summary>The maker's own store price for that configuration (Apple).</summary>
    VendorList,

    /// <summary>Reseller prices reported in the press where the maker publishes none; approximate.</summary>
    Reported,

    /// <summary>Street price seen at retailers in the <c>as_of</c> month.</summary>
    Street,

    /// <summary>Used-market price seen in the <c>as_of</c> month (eBay sold listings and the like).</summary>
    Used,

    /// <summary>The user's own price, from a <c>--prices</c> file or the profile's <c>prices:</c> key.</summary>
    User,
}
