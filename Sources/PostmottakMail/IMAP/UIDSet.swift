/// IMAP sequence sets of UIDs (`1:5,7,9:12`), kept short enough for one command line.
enum UIDSet {
    /// The UIDs as ranges, split into sets of at most `maxRanges` ranges each.
    static func commandSets(_ uids: [UInt32], maxRanges: Int = 200) -> [String] {
        let sorted = Array(Set(uids)).sorted()
        var ranges: [String] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count, sorted[j + 1] == sorted[j] + 1 { j += 1 }
            ranges.append(i == j ? "\(sorted[i])" : "\(sorted[i]):\(sorted[j])")
            i = j + 1
        }
        return stride(from: 0, to: ranges.count, by: maxRanges).map {
            ranges[$0..<min($0 + maxRanges, ranges.count)].joined(separator: ",")
        }
    }
}
