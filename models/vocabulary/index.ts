// The case-study vocabulary, in one home that every layer reads: the content and record types,
// the task list's sections and fields with their labels and hints, the controlled lists and their
// registry, and the search page's facets and sorts. A label is written here once, and forms,
// presenters, services, search, the API, exports and the codebook all say it the same way.
//
// It lives in models/ beside the schemas but imports neither mongoose nor anything under server/,
// so a presenter or a form may read it without breaking the layer rules (only server/data imports
// mongoose models). tests/unit/vocabularyHome.test.ts fails if a label is written anywhere else.

export * from './content'
export * from './lists'
export * from './controlledLists'
export * from './sections'
export * from './fieldLabels'
export * from './search'
export * from './records'
