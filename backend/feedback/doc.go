// Package feedback is the domain of Feedback Desk: the entities a service
// manager works with (surveys, questions, responses, answers, customers,
// handlers, complaint tickets and their append-only events, follow-up calls,
// orders, import batches), their enumerations and validation, the coded
// errors every layer speaks, and the service interfaces the adapters
// implement. It depends on the standard library only.
package feedback
