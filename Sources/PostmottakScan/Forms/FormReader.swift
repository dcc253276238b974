import Foundation

/// Reads a recognised form's fields from their zones on an upright page.
public struct FormReader: Sendable {
    public let template: FormTemplate
    public let geometry: PageGeometry

    public init(template: FormTemplate, geometry: PageGeometry) {
        self.template = template
        self.geometry = geometry
    }

    /// Every checkbox: the ink inside it and around it, and what that means.
    public func checkboxes(on page: PageImage) -> [CheckboxReading] {
        let threshold = page.markThreshold()
        return template.checkboxes.map { box in
            let inside = page.darkFraction(in: geometry.rect(box.box, inset: 0.9), threshold: threshold)
            var outer = box.box
            outer.x -= 2.5
            outer.y -= 2.5
            outer.width += 5
            outer.height += 5
            let whole = page.darkFraction(in: geometry.rect(outer), threshold: threshold)
            return CheckboxReading(field: box.field, value: box.value, ink: inside, spill: whole, mark: Self.mark(ink: inside, spill: whole))
        }
    }

    static func mark(ink: Double, spill: Double) -> CheckboxReading.Mark {
        // A filled box is a firm tick; a scribble that spills far around the box crosses it out.
        if ink >= 0.45, spill >= 0.40 { return .crossedOut }
        if ink >= 0.06 { return .ticked }
        if ink >= 0.03 { return .unsure }
        return .empty
    }
}
