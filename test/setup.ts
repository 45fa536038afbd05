// Decorator metadata must be available before any type-graphql class is evaluated.
import "reflect-metadata";
