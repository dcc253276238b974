import Foundation
import PostmottakCore
import PostmottakMail
import PostmottakStore
import PostmottakClassify

extension Pipeline {
    /// extracted → classified (or ignored): mail hygiene first, then kind, formal type,
    /// service area, language and sensitivity, each with the rule that decided it.
    func classify(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        let stored: StoredExtraction
        do {
            guard let found = try StoredExtraction.load(item.extractionSha256, from: store) else {
                throw PipelineError.unreadableExtraction(itemID: id, reason: "no extraction recorded")
            }
            stored = found
        } catch let error as StoreError {
            throw error
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError.unreadableExtraction(itemID: id, reason: String(describing: error))
        }

        let extraction = stored.extraction
        if let message = stored.message, let notSubmission = hygiene.assess(message) {
            let bounced = notSubmission.kind == .bounce ? MailHygiene.bouncedMessageID(in: message) : nil
            try ignore(id, notSubmission, explanation: ["kind: \(notSubmission.kind.rawValue): \(notSubmission.explanation)"],
                       bounced: bounced)
            return
        }

        // A card's ticked boxes decide kind and area; with none or two ticked, the text does.
        let card = item.fields
        let classifier = try classifierSource.classifier()
        let c = classifier.classify(subject: extraction.subject, text: extraction.authoredText, fullText: extraction.text,
                                    attachmentNames: extraction.attachmentNames,
                                    mayBeSpam: stored.message != nil && card.isEmpty && item.reviewState != .checkedByPerson)
        if !c.kind.isSubmission {
            // Spam the mail server let through, recognised by the text model with near certainty.
            let line = c.explanation.first { $0.hasPrefix("kind: spam (") }
            let evidence = line.map { String($0.dropFirst("kind: spam (".count)).replacingOccurrences(of: ")", with: "") }
            try ignore(id, .spamByText(evidence: evidence ?? "the text model"), explanation: c.explanation,
                       language: c.language)
            return
        }
        let tickedKind = card["kind"].flatMap(SubmissionKind.init(rawValue:))
        let tickedArea = card["service_area"].flatMap(ServiceArea.init(rawValue:))
        try store.transition(id, from: .extracted, step: "classify") { item, _ in
            var explanation = c.explanation
            item.kind = c.kind
            item.formalType = c.formalType
            item.serviceArea = c.serviceArea
            if let tickedKind {
                // The citizen's own choice wins; a formal reading of the text is kept in the explanation.
                item.kind = tickedKind
                if tickedKind != .formal { item.formalType = nil }
                explanation.append("kind: \(tickedKind.rawValue), the box ticked on the card")
            }
            if let tickedArea {
                item.serviceArea = tickedArea
                explanation.append("service_area: \(tickedArea.rawValue), the box ticked on the card")
            }
            item.language = c.language
            item.sensitive = c.sensitive
            item.sensitiveReasons = c.sensitiveReasons
            // What a person set in review wins: sensitivity, and the formal type of a formal matter.
            // An identity number makes it sensitive whatever a person says (DOMAIN.md); a care
            // term that was a false alarm a person may clear.
            if let set = card["sensitive"].flatMap(Bool.init) {
                item.sensitive = set || c.identityNumberFound
                if item.sensitive != c.sensitive { explanation.append("sensitive: \(set), set by a person") }
            }
            if item.kind == .formal, let type = card["formal_type"].flatMap(FormalType.init(rawValue:)) {
                item.formalType = type
                explanation.append("formal_type: \(type.rawValue), set by a person")
            }
            item.explanation = explanation
            item.kindConfidence = tickedKind != nil ? 1 : c.kindConfidence
            item.serviceAreaConfidence = tickedArea != nil ? 1 : c.serviceAreaConfidence
            let formal = c.formalType.map { " (\($0.rawValue))" } ?? ""
            // Below the threshold a person decides instead of the machine guessing, unless a
            // person has already looked (`postmottak review approve`). The link step holds it
            // back, so that a duplicate or follow-up simply joins its case instead.
            let checked = item.reviewState == .checkedByPerson
            var unsure: [String] = []
            // A card's empty boxes decided from its text are held to the card's stricter threshold.
            let threshold = card.isEmpty ? classifier.reviewBelow : max(classifier.reviewBelow, CardTextDecision.defaultReviewBelow)
            if (item.kindConfidence ?? 1) < threshold { unsure.append(String(format: "kind %.2f", item.kindConfidence ?? 0)) }
            if (item.serviceAreaConfidence ?? 1) < threshold { unsure.append(String(format: "service_area %.2f", item.serviceAreaConfidence ?? 0)) }
            if !checked, !unsure.isEmpty {
                item.needsReview = true
                item.reviewState = .unsureClassification
                item.reviewReason = Pipeline.unsureClassification + "\(threshold): " + unsure.joined(separator: ", ")
                    + "; set kind and service_area with postmottak review set, then approve"
            }
            // Where the law cares the machine never decides silently: a formal matter or care
            // details the rules missed but the model suspects wait for a person.
            if !checked, let type = c.possiblyFormal, !(item.kind == .formal && item.formalType == type) {
                item.needsReview = true
                item.reviewState = type == .accessRequest ? .possiblyAccessRequest : .possiblyFormal
                item.reviewReason = "possibly formal (\(type.rawValue)): no formal rule fired, but the model leans formal; "
                    + "set kind formal and formal_type, or approve as it is"
            } else if !checked, item.sensitive != true, let p = c.possiblySensitive {
                item.needsReview = true
                item.reviewState = .possiblySensitive
                item.reviewReason = String(format: "possibly sensitive (%.2f): no identity number or care term, but the model finds care details likely; ", p)
                    + "set sensitive true or false, then approve"
            }
            return .init(status: .classified,
                         reason: "classified as \((item.kind ?? c.kind).rawValue)\(formal), area \((item.serviceArea ?? c.serviceArea).rawValue), language \(c.language.rawValue)"
                             + (c.sensitive ? ", sensitive" : ""),
                         details: Pipeline.json(["explanation": explanation]))
        }
    }

    /// How the review reason of an unsure classification begins.
    static let unsureClassification = "classification below "

    /// extracted → ignored: kept with its reason, given no reference number and no acknowledgement.
    private func ignore(_ id: Int64, _ reason: NotSubmissionReason, explanation: [String],
                        language: Language? = nil, bounced: String? = nil) throws {
        try store.transition(id, from: .extracted, step: "classify") { item, tx in
            item.kind = reason.kind
            if let language { item.language = language }
            item.reason = reason.explanation
            if let bounced {
                let known = try tx.originalItem(messageID: bounced, before: id).flatMap(\.id)
                item.reason = (item.reason ?? "") + "; it reports that message <\(bounced)> could not be delivered"
                    + (known.map { " (item \($0))" } ?? "")
            }
            item.explanation = explanation
            return .init(status: .ignored, reason: "not a submission: \(reason.explanation)",
                         details: Pipeline.json(["explanation": explanation]))
        }
    }
}
