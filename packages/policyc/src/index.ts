/**
 * policyc: the package a user installs. Its API is @policyc/core's (read a policy file, compile
 * it, merge hand edits), with every registry type of @policyc/model, so one dependency gives
 * both; its `bin` is the command line of @policyc/cli. The code lives in those packages: this
 * top holds none, so neither of them depends on it.
 */
export * from '@policyc/core';
export type {
  Aggregation, Comparator, DocumentMeta, Evidence, ExtraValue, Point, Registry, Role, Section, SourceFile, SourceFormat, Span, Target, TargetKind, Task, TaskDeadline, TaskExtra, TaskForm, Unit,
} from '@policyc/model';
