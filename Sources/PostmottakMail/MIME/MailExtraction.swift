public import PostmottakCore

extension ParsedMessage {
    /// The message as the channel-neutral extraction the later steps read.
    public var extraction: Extraction {
        Extraction(subject: subject, text: text, authoredText: authoredText, textSource: textSource,
                   attachmentNames: attachments.compactMap(\.declaredFileName), defects: defects)
    }
}
