namespace Csevm.Interpreter;

/// <summary>
/// What an SSTORE did, given the slot's original (transaction-start), current and new values;
/// the interpreter prices it per revision from this alone. Names and numbers follow EVMC's
/// evmc_storage_status. X = original, Y = current, Z = new; 0 means zero.
/// </summary>
public enum StorageStatus
{
    /// <summary>Y == Z, or any other case not below (e.g. X != Y != Z, X != 0, Y != 0).</summary>
    Assigned = 0,
    /// <summary>X = Y = 0, Z != 0.</summary>
    Added = 1,
    /// <summary>X = Y != 0, Z = 0.</summary>
    Deleted = 2,
    /// <summary>X = Y != 0, Z != 0, Z != X.</summary>
    Modified = 3,
    /// <summary>X != 0, Y = 0, Z != 0 and Z != X.</summary>
    DeletedAdded = 4,
    /// <summary>X != 0, Y != 0, Y != X, Z = 0.</summary>
    ModifiedDeleted = 5,
    /// <summary>X != 0, Y = 0, Z = X.</summary>
    DeletedRestored = 6,
    /// <summary>X = 0, Y != 0, Z = 0.</summary>
    AddedDeleted = 7,
    /// <summary>X != 0, Y != 0, Y != X, Z = X.</summary>
    ModifiedRestored = 8,
}
