extension Finding {
    /// A finding whose prose comes from the catalogues: English and Vietnamese rendered from one message.
    public init(id: String, severity: Severity, indicates: VerdictClass, message m: Message, evidence: [String: EvidenceValue]) {
        self.init(id: id, severity: severity, indicates: indicates, message: MessageRenderer.render(m, .en),
                  messageVi: MessageRenderer.render(m, .vi), evidence: evidence)
        messageKey = m.key
        messageArguments = m.arguments.isEmpty ? nil : m.arguments.mapValues(MessageRenderer.neutral)
    }
}
