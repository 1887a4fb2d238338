namespace Spotantic.Requests;

/// <summary>What the IDs of a follow, unfollow or follow check name (the <c>type</c> query parameter).</summary>
public enum FollowType
{
    /// <summary>Artists (<c>type=artist</c>): the IDs are Spotify IDs.</summary>
    Artist,

    /// <summary>Users (<c>type=user</c>): the IDs are Spotify user IDs.</summary>
    User,
}
