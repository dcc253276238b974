import Foundation
@testable import PostmottakScan
import Testing

@Suite struct FormReadingTests {
    static let template: FormTemplate = {
        let json = #"""
        {"form":"T-1","title":"Test","municipality":"","language":"sv","page_width_mm":210,"page_height_mm":297,"identify":["T-1"],
         "registration_marks":[],"text_fields":[],"combs":[],"printed":[],
         "checkboxes":[
           {"field":"kind","value":"deviation","label":"a","box":{"x":10,"y":10,"width":5,"height":5}},
           {"field":"kind","value":"praise","label":"b","box":{"x":20,"y":10,"width":5,"height":5}},
           {"field":"wants_reply","value":"true","label":"Ja","box":{"x":10,"y":20,"width":5,"height":5}},
           {"field":"wants_reply","value":"false","label":"Nej","box":{"x":20,"y":20,"width":5,"height":5}}]}
        """#
        return (try? JSONDecoder().decode(FormTemplate.self, from: Data(json.utf8)))!
    }()

    static let identity = PageGeometry(a: 10, b: 0, c: 0, d: 0, e: 10, f: 0, marksFound: 4, residualMM: 0)

    func box(_ field: String, _ value: String, _ mark: CheckboxReading.Mark) -> CheckboxReading {
        CheckboxReading(field: field, value: value, ink: 0, spill: 0, mark: mark)
    }

    @Test func theAffineMapIsFittedFromTheMarks() throws {
        // 300 dpi (11.811 px/mm), shifted by (25, -12) px, turned 0.5°.
        let s = 300 / 25.4, angle = 0.5 * Double.pi / 180
        let marks = [(14.0, 14.0), (196.0, 14.0), (14.0, 283.0), (196.0, 283.0)]
        let pairs = marks.map { m in
            (m, (s * (cos(angle) * m.0 - sin(angle) * m.1) + 25, s * (sin(angle) * m.0 + cos(angle) * m.1) - 12))
        }
        let g = try #require(PageGeometry.fit(pairs))
        let p = g.point(100, 150)
        #expect(abs(p.x - (s * (cos(angle) * 100 - sin(angle) * 150) + 25)) < 0.01)
        #expect(abs(g.scale - s) < 0.001)
        #expect(PageGeometry.fit([((0, 0), (0, 0)), ((1, 1), (1, 1)), ((2, 2), (2, 2))]) == nil, "collinear marks fix nothing")
    }

    @Test func oneTickedBoxIsTheValueNoneOrTwoLeaveItToTheTextAndAFaintMarkIsForAPerson() {
        let reader = FormReader(template: Self.template, geometry: Self.identity)
        #expect(reader.choice("kind", [box("kind", "deviation", .ticked), box("kind", "praise", .empty)]).value == .text("deviation"))
        let two = reader.choice("kind", [box("kind", "deviation", .ticked), box("kind", "praise", .ticked)])
        #expect(two.value == .none && !two.needsReview && two.reason?.contains("2 boxes ticked (deviation, praise); the text decides") == true)
        let crossed = reader.choice("kind", [box("kind", "deviation", .crossedOut), box("kind", "praise", .ticked)])
        #expect(crossed.value == .text("praise") && !crossed.needsReview && crossed.reason?.contains("crossed out: deviation") == true)
        let unsure = reader.choice("kind", [box("kind", "deviation", .ticked), box("kind", "praise", .unsure)])
        #expect(unsure.needsReview)
        let none = reader.choice("kind", [box("kind", "deviation", .empty), box("kind", "praise", .empty)])
        #expect(none.value == .none && !none.needsReview && none.reason?.contains("the text decides") == true)
        // Not asking for a reply is an answer too.
        let noReply = reader.choice("wants_reply", [box("wants_reply", "true", .empty), box("wants_reply", "false", .empty)])
        #expect(noReply.value == .none && !noReply.needsReview)
        #expect(reader.choice("wants_reply", [box("wants_reply", "false", .ticked)]).value == .flag(false))
    }

    @Test func checkboxMarksFromInk() {
        #expect(FormReader.mark(ink: 0.0, spill: 0.08) == .empty)
        #expect(FormReader.mark(ink: 0.04, spill: 0.09) == .unsure)
        #expect(FormReader.mark(ink: 0.18, spill: 0.12) == .ticked)
        #expect(FormReader.mark(ink: 0.98, spill: 0.24) == .ticked, "a filled box")
        #expect(FormReader.mark(ink: 0.88, spill: 0.54) == .crossedOut, "a scribble spills around the box")
    }

    @Test func validationOfFieldValues() {
        #expect(FieldValidation.problem(field: "postal_code", value: "473 99", language: "sv") == nil)
        #expect(FieldValidation.problem(field: "postal_code", value: "4739", language: "sv") != nil)
        #expect(FieldValidation.problem(field: "postal_code", value: "6863", language: "nb") == nil)
        #expect(FieldValidation.problem(field: "postal_code", value: "68a3", language: "nb") != nil)
        #expect(FieldValidation.problem(field: "phone", value: "+46 70 833 96 49", language: "sv") == nil)
        #expect(FieldValidation.problem(field: "phone", value: "0523-45 10 07", language: "sv") == nil)
        #expect(FieldValidation.problem(field: "phone", value: "48996886", language: "nb") == nil)
        #expect(FieldValidation.problem(field: "phone", value: "to 70 NE 08 64", language: "sv") != nil)
        #expect(FieldValidation.problem(field: "email", value: "anette.fredriksen@gmail.com", language: "nb") == nil)
        #expect(FieldValidation.problem(field: "email", value: "johnny.asplundqoutlook.com", language: "sv") != nil)
        #expect(FieldValidation.problem(field: "date", value: "2026-02-30", language: "nb") != nil)
        #expect(FieldValidation.problem(field: "date", value: "1015-11-28", language: "nb") != nil)
        let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
        #expect(FieldValidation.problem(field: "date", value: String(today), language: "nb") == nil)
    }

    @Test func aDescriptionIsOneParagraph() {
        #expect(FormReader.paragraph("Det er et hull\ni vegen ved sko-\nlen.\n\n| ") == "Det er et hull i vegen ved skolen.")
        #expect(FormReader.cleanLine("| JOHNNY.ASPLUND@OUTLOOK.COM ]", field: "email") == "johnny.asplund@outlook.com")
    }
}
