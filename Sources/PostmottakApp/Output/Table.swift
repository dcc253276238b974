import Foundation

/// A plain text table.
public enum Table {
    /// The rows under the header, each cell clipped or padded to its width.
    public static func render(header: [String], rows: [[String]], widths: [Int]) -> String {
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { cell, width in
                let flat = cell.replacingOccurrences(of: "\n", with: " ")
                let clipped = flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
                return clipped.padding(toLength: width, withPad: " ", startingAt: 0)
            }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}
