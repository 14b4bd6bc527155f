using Csevm.Execution.Transactions;

namespace Csevm.State;

/// <summary>The world state is what EIP-7702 authorizations act on; its own methods have the signatures they need.</summary>
public sealed partial class WorldState : IAuthorityState;
