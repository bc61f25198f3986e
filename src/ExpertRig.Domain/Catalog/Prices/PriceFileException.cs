namespace ExpertRig.Domain.Catalog.Prices;

/// <summary>
/// A user price file or <c>prices:</c> block that cannot be used; the message names the file, line and what is
/// allowed, as one line (text from the file escaped).
/// </summary>
public sealed class PriceFileException(string message) : UserInputException(MessageText.Line(message));
