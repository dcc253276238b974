/// How much ink one printed checkbox holds, and what that means.
public struct CheckboxReading: Sendable, Codable, Equatable {
    public enum Mark: String, Sendable, Codable {
        /// Empty.
        case empty
        /// A tick or a cross: chosen.
        case ticked
        /// Scribbled over (ticked, then crossed out): not chosen.
        case crossedOut = "crossed_out"
        /// Between empty and ticked: a person should look.
        case unsure
    }

    public var field: String
    public var value: String
    /// Share of dark pixels inside the box (its printed border left out).
    public var ink: Double
    /// Share of dark pixels in the ring just around the box (ticks and scribbles spill over).
    public var spill: Double
    public var mark: Mark
    /// The box's printed label ("Avvik"), for a person looking at the page.
    public var label: String?
    /// Where the box is on the upright page (absent in readings made before it was kept).
    public var area: PageArea?

    public init(field: String, value: String, ink: Double, spill: Double, mark: Mark, label: String? = nil, area: PageArea? = nil) {
        self.field = field
        self.value = value
        self.ink = ink
        self.spill = spill
        self.mark = mark
        self.label = label
        self.area = area
    }
}
