// What an "ask the team" question may be and where it may go: read by the form, the presenter,
// the service and the model, so none of them imports the mongoose model to learn it.

/** Who an enquiry went to: the case study's contacts, or (none taking questions) the lead council's admins. */
export const ENQUIRY_ROUTES = ['contacts', 'council-admins'] as const
export type EnquiryRoute = (typeof ENQUIRY_ROUTES)[number]

/** The shortest and longest question an officer may send. */
export const ENQUIRY_MESSAGE_LENGTH = { min: 20, max: 3000 } as const
