"""Question -> ranked passages: vocabulary expansion, intent, dense + lexical search, fusion, abstention."""
