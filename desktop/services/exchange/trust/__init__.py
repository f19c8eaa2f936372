"""What a peer's bundle may carry and what leaves this node: the station scope, ownership, value bounds."""
