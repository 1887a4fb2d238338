using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Spotantic.Extensions.DependencyInjection;

/// <summary>
/// Registers the services of one app: as ordinary services for the unnamed app (a <see langword="null"/> service key
/// is an ordinary registration), as keyed services under the app's name otherwise.
/// </summary>
/// <param name="services">The service collection.</param>
/// <param name="name">The app's name, or <see langword="null"/>.</param>
internal readonly struct AppServices(IServiceCollection services, string? name)
{
    /// <summary>Adds a singleton unless the app already has one (an app may register its own first).</summary>
    public void TryAdd<T>(Func<IServiceProvider, T> factory)
        where T : class =>
        services.TryAdd(ServiceDescriptor.KeyedSingleton<T>(name, (sp, _) => factory(sp)));

    /// <summary>Replaces the app's singleton of <typeparamref name="T"/>.</summary>
    public void Replace<T>(Func<IServiceProvider, T> factory)
        where T : class
    {
        var key = name;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(T) && Equals(services[i].ServiceKey, key))
            {
                services.RemoveAt(i);
            }
        }

        services.Add(ServiceDescriptor.KeyedSingleton<T>(name, (sp, _) => factory(sp)));
    }
}
